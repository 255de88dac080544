package org.zwgk.portal.documents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.SeedDocuments;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class DocumentApiTest {

    @Test
    void theSeedNoticeIsListedWithItsMetadata() {
        var seed = SeedDocuments.byDocNumber(SeedDocuments.SEED_DOC_NUMBER);
        assertThat(seed).containsEntry("title", "市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知")
                .containsEntry("organization", "昆山市人民政府办公室")
                .containsEntry("organizationCode", "szfb")
                .containsEntry("channelCode", "zcwj")
                .containsEntry("type", "POLICY")
                .containsEntry("validity", "VALID")
                .containsEntry("writtenDate", "2018-08-02")
                .containsEntry("url", "/documents/" + seed.get("id"));
        assertThat((String) seed.get("indexNumber")).startsWith("KS0010001/2018-");
        assertThat(seed).containsKey("externalId");
    }

    @Test
    void detailCarriesBodyLinksAttachmentsAndHistory() {
        long id = SeedDocuments.seedNoticeId();
        JsonPath d = given().get("/api/v1/documents/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(d.getString("document.docNumber")).isEqualTo(SeedDocuments.SEED_DOC_NUMBER);
        assertThat(d.getString("body")).contains("强化信息资源检索功能");
        assertThat(d.getString("bodyHtml")).contains("<table tabindex=\"0\">");
        assertThat(d.getList("interpretations.title")).containsExactly("《昆山市2018年政务公开工作要点实施方案》解读");
        assertThat(d.getList("attachments.sha256", String.class)).singleElement().asString().hasSize(64);
        assertThat(d.getList("versions.version")).isNotEmpty();
        assertThat(d.getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void filtersNarrowTheList() {
        List<String> policies = given().get("/api/v1/documents?type=policy&size=100").then().statusCode(200)
                .extract().jsonPath().getList("results.type");
        assertThat(policies).isNotEmpty().containsOnly("POLICY");

        JsonPath interpretations = given().get("/api/v1/documents?channel=zcjd").then().statusCode(200).extract().jsonPath();
        assertThat(interpretations.getList("results.channelCode")).isNotEmpty().containsOnly("zcjd");

        JsonPath none = given().get("/api/v1/documents?organization=czj").then().statusCode(200).extract().jsonPath();
        assertThat(none.getInt("total")).isZero();
        assertThat(none.getList("results")).isEmpty();
    }

    @Test
    void pagesAreConsistent() {
        JsonPath all = given().get("/api/v1/documents?size=100").then().statusCode(200).extract().jsonPath();
        int total = all.getInt("total");
        assertThat(total).isGreaterThanOrEqualTo(5);
        JsonPath first = given().get("/api/v1/documents?size=2&page=1").then().extract().jsonPath();
        JsonPath second = given().get("/api/v1/documents?size=2&page=2").then().extract().jsonPath();
        assertThat(first.getList("results.id")).hasSize(2).doesNotContainAnyElementsOf(second.getList("results.id"));
        assertThat(first.getList("results.id")).containsExactlyElementsOf(all.getList("results.id").subList(0, 2));
        assertThat(first.getInt("total")).isEqualTo(total);
    }

    @Test
    void badInputGetsProblemJson() {
        for (String query : new String[]{"page=abc", "page=0", "size=1000", "type=nonsense", "organization=nobody",
                "channel=%00", "page=99999999999"}) {
            given().urlEncodingEnabled(false).get("/api/v1/documents?" + query).then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", is(400))
                    .body("title", is("请求有误"));
        }
        given().get("/api/v1/documents/987654321").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", startsWith("未找到该信息"));
        given().get("/api/v1/documents/not-a-number").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void openApiDescribesTheDocumentsApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/documents'.get.summary", is("List public documents, newest first"));
    }
}
