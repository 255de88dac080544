package org.zwgk.portal;

import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Finds the real documents of content/ through the public API, the way any client would. */
public final class SeedDocuments {

    public static final String SEED_DOC_NUMBER = "昆政办发〔2018〕152号";

    private SeedDocuments() {
    }

    public static Map<String, Object> byDocNumber(String docNumber) {
        JsonPath page = given().get("/api/v1/documents?size=100").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> results = page.getList("results");
        return results.stream().filter(r -> docNumber.equals(r.get("docNumber"))).findFirst()
                .orElseThrow(() -> new AssertionError("no public document " + docNumber));
    }

    public static Map<String, Object> byTitle(String title) {
        JsonPath page = given().get("/api/v1/documents?size=100").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> results = page.getList("results");
        return results.stream().filter(r -> title.equals(r.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no public document " + title));
    }

    public static long seedNoticeId() {
        return ((Number) byDocNumber(SEED_DOC_NUMBER).get("id")).longValue();
    }
}
