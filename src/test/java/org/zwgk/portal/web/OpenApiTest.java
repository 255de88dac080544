package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /q/openapi describes the public API only: no staff endpoint is listed there. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class OpenApiTest {

    @Test
    void onlyThePublicApiIsPublished() {
        String description = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Map<String, Object> paths = io.restassured.path.json.JsonPath.from(description).getMap("paths");
        assertThat(paths).containsKeys("/api/v1/search", "/api/v1/suggest", "/api/v1/documents", "/api/v1/documents/{id}");
        assertThat(paths.keySet()).allSatisfy(p -> assertThat(p).startsWith("/api/v1/").doesNotStartWith("/api/v1/drafts"));
        assertThat(description).doesNotContain("/api/v1/drafts").doesNotContain("DraftJson").doesNotContain("/workbench");
    }

    /** A client generated from the description expects what the API answers (newcomer walk: it said 200 for a 201). */
    @Test
    void aMessageSentIsDescribedAsCreated() {
        var json = io.restassured.path.json.JsonPath.from(RestAssured.given().queryParam("format", "json").get("/q/openapi").asString());
        Map<String, Object> responses = json.getMap("paths.'/api/v1/messages'.post.responses");
        assertThat(responses).containsKeys("201", "400").doesNotContainKey("200");
    }
}
