package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.Eventually;
import org.zwgk.portal.workflow.Fixtures;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class DocumentNumberSearchTest {

    static final String NUMBER = "昆政办发〔2018〕152号";

    @Inject
    Fixtures fixtures;

    @Test
    void aDocumentNumberAloneListsTheDocumentsBearingOrCitingItOnly() {
        // browser walk: 昆政办发〔2018〕152号 gave 149 results, laws sharing its year and characters after the two right ones
        long sharer = fixtures.published("czj-qt", "昆政办发布2018年度安置房分配结果：第152号楼的住户名单另行公示。");
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(given().queryParam("q", "安置房分配结果 152号楼")
                .get("/api/v1/search").jsonPath().getList("results.id", Long.class)).contains(sharer));

        JsonPath r = given().queryParam("q", NUMBER).queryParam("size", 50).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        int total = r.getInt("total");
        assertThat(r.getString("results[0].title")).isEqualTo(SearchTest.SEED_TITLE);
        assertThat(r.getList("results")).hasSize(total);
        assertThat(r.getList("results.id", Long.class)).as("it holds every part of the number, but not the number")
                .doesNotContain(sharer);
        for (String url : r.getList("results.url", String.class)) {
            String page = Jsoup.parse(given().get(url).then().statusCode(200).extract().asString()).text();
            assertThat(page).as(url + " bears or cites the number").contains(NUMBER);
        }
        for (String dim : List.of("type", "organization", "year")) {
            assertThat(r.getList("facets." + dim + ".count", Integer.class).stream().mapToInt(Integer::intValue).sum())
                    .as(dim + " counts add up to the total").isEqualTo(total);
        }
        // the number as words, or typed a little wrong (发 left out, borne by nothing): the search stays wide, by its words
        assertThat(given().queryParam("q", "昆政办发 2018 152号楼").get("/api/v1/search").jsonPath().getList("results.id", Long.class))
                .contains(sharer);
        JsonPath typo = given().queryParam("q", "昆政办〔2018〕152号").get("/api/v1/search").jsonPath();
        assertThat(typo.getList("results.id", Long.class)).contains(sharer);
        // typed in traditional characters, the same number alone (browser walk: 昆政辦發〔2018〕152號 gave 149 results again)
        JsonPath traditional = given().queryParam("q", "昆政辦發〔2018〕152號").queryParam("size", 50).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(traditional.getList("results.id", Long.class)).isEqualTo(r.getList("results.id", Long.class));
        assertThat(traditional.getList("absentWords", String.class)).isEmpty();
    }

    @Test
    void aDocumentNumberTypedAsPeopleWriteItFindsItsDocumentFirst() {
        // browser walk: 昆政办发2018年152号, 〔2018〕第152号 and 昆政办〔2018〕152号 (发 left out) were not in the first twenty,
        // 国务院令711号 (第 left out) put 国务院组织法 before the 条例
        for (String typed : List.of("昆政办发2018年152号", "昆政办发〔2018〕第152号", "昆政办〔2018〕152号", "昆政办发 2018年 第152号")) {
            JsonPath r = given().queryParam("q", typed).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            assertThat(r.getString("results[0].title")).as(typed).isEqualTo(SearchTest.SEED_TITLE);
        }
        JsonPath order = given().queryParam("q", "国务院令711号").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(order.getString("results[0].title")).isEqualTo("中华人民共和国政府信息公开条例");
        assertThat(order.getList("absentWords")).as("borne by the 条例: not said to be missing").isEmpty();
    }
}
