package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.Eventually;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.workflow.Fixtures;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class AbsentWordsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aPairCutAcrossTwoWordsIsNotNamedAsMissing() {
        // browser walk: 房东不退押金 said 没有找到含有“退押”的信息, a fragment nobody typed (the segmenter cut 退押/金)
        fixtures.published("tzgg", "租赁期满，出租人应当按约定退还押金。");
        Eventually.within(java.time.Duration.ofSeconds(10), () -> assertThat(titlesOf("退还押金")).isNotEmpty());
        List<String> absent = given().queryParam("q", "房东不退押金 犀牛保护").get("/api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("absentWords", String.class);
        // 房东 is found as its statute word 出租人; a word nothing holds is still named
        assertThat(absent).containsExactly("犀牛保护");
    }

    private static List<String> titlesOf(String q) {
        return given().queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("results.title");
    }
}
