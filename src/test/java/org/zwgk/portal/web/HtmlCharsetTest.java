package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.workflow.Fixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every HTML response says its charset: text/html;charset=UTF-8, pages and error pages alike. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class HtmlCharsetTest {

    @Inject
    Fixtures fixtures;

    static void assertUtf8Html(String path, Response r) {
        assertThat(r.contentType()).as(path).isNotNull();
        assertThat(r.contentType().replace(" ", "")).as(path).isEqualToIgnoringCase("text/html;charset=UTF-8");
    }

    @Test
    void everyHtmlResponseNamesItsCharset() {
        long documentId = fixtures.published("czyjs");
        for (String path : List.of("/", "/xxgk", "/channels/czyjs", "/documents/" + documentId, "/search?q=政务公开",
                "/search", "/login", "/documents/99999999", "/no-such-page")) {
            assertUtf8Html(path, RestAssured.given().get(path));
        }
        long draft = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        for (String path : List.of("/workbench", "/workbench/drafts/" + draft, "/workbench/drafts/new", "/workbench/channels",
                "/account/password", "/workbench/documents/" + documentId + "/versions")) {
            assertUtf8Html(path, editor.get(path));
        }
        Response refused = editor.post("/workbench/drafts/" + draft, Map.of("lockVersion", fixtures.lockVersion(draft),
                "type", "NOTICE", "title", "", "body", "正文"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertUtf8Html("form shown again", refused);
    }
}
