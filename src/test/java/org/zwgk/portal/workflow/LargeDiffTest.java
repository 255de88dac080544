package org.zwgk.portal.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Big bodies: more lines than a draft may have are refused on save, naming the field; a revision whose
 * diff would cost too much shows a notice and links to both texts instead of the diff.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class LargeDiffTest {

    static final String TOO_LARGE = "差异过大，无法在线比较，请分别下载两个版本";

    @Inject
    Fixtures fixtures;

    static String lines(int n, String pattern) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.format(pattern, i)).collect(Collectors.joining("\n"));
    }

    @Test
    void aBodyOfTooManyLinesIsRefusedOnSaveWithTheFieldNamed() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        String body = lines(100_000, "第%d行");
        Response page = editor.post("/workbench/drafts/" + id, Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                "title", "很长的稿件", "body", body));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("“正文”不能超过 20000 行");

        Response api = editor.given().contentType("application/json")
                .body(Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE", "title", "很长的稿件", "body", body))
                .put("/api/v1/drafts/" + id);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.contentType()).contains("problem+json");
        assertThat(api.asString()).contains("“正文”不能超过 20000 行").contains("\"parameter\":\"body\"");
        Response created = editor.given().contentType("application/json")
                .body(Map.of("channel", "czyjs", "type", "NOTICE", "title", "很长的稿件", "body", body)).post("/api/v1/drafts");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(fixtures.draftNow(id).meta.body).doesNotContain("第99999行");

        // at the limit it is saved
        assertThat(editor.post("/workbench/drafts/" + id, Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                "title", "很长的稿件", "body", lines(20_000, "第%d行"))).statusCode()).isEqualTo(303);
    }

    @Test
    void aRevisionTooDifferentToCompareShowsANoticeAndBothTextsToDownload() {
        String published = lines(5_000, "原文第%d行：本行内容将被全部改写。");
        long documentId = fixtures.published("czyjs", published);
        Staff editor = Staff.login("czj-editor");
        long id = WorkflowTest.createdId(editor.post("/workbench/documents/" + documentId + "/revise"));
        String rewritten = lines(5_000, "新文第%d行：每一行都不同。");
        assertThat(editor.post("/workbench/drafts/" + id, Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                "title", fixtures.draftNow(id).meta.title, "body", rewritten, "changeKind", "MAJOR", "changeNote", "全文重写"))
                .statusCode()).isEqualTo(303);

        Response page = editor.get("/workbench/drafts/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains(TOO_LARGE)
                .contains("href=\"/workbench/drafts/" + id + "/published-text\"")
                .contains("href=\"/workbench/drafts/" + id + "/text\"")
                .doesNotContain("<tr class=\"removed\">");
        Response before = editor.get("/workbench/drafts/" + id + "/published-text");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.contentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(before.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(before.asString()).isEqualTo(published);
        assertThat(editor.get("/workbench/drafts/" + id + "/text").asString()).isEqualTo(rewritten);

        // published, the version history of the document says the same
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode())
                .isEqualTo(303);
        WorkflowTest.approve(Staff.login("czj-reviewer"), id);
        String versions = editor.get("/workbench/documents/" + documentId + "/versions").asString();
        assertThat(versions).contains(TOO_LARGE)
                .contains("href=\"/workbench/documents/" + documentId + "/versions/1.0/text\"")
                .contains("href=\"/workbench/documents/" + documentId + "/versions/2.0/text\"");
        assertThat(editor.get("/workbench/documents/" + documentId + "/versions/1.0/text").asString()).isEqualTo(published);
        assertThat(editor.get("/workbench/documents/" + documentId + "/versions/2.0/text").asString()).isEqualTo(rewritten);
        assertThat(editor.get("/workbench/documents/" + documentId + "/versions/7.0/text").statusCode()).isEqualTo(404);
        assertThat(Staff.login("szfb-editor").get("/workbench/documents/" + documentId + "/versions/1.0/text").statusCode())
                .as("another organization's staff").isEqualTo(403);
    }

    @Test
    void aLongBodyWithAFewChangedLinesStillShowsItsDiff() {
        String published = lines(19_000, "第%d行。");
        long documentId = fixtures.published("czyjs", published);
        Staff editor = Staff.login("czj-editor");
        long id = WorkflowTest.createdId(editor.post("/workbench/documents/" + documentId + "/revise"));
        String changed = published.replace("第3行。", "第3行已更正。").replace("第18000行。", "第18000行已更正。");
        assertThat(editor.post("/workbench/drafts/" + id, Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                "title", fixtures.draftNow(id).meta.title, "body", changed, "changeKind", "MINOR", "changeNote", "更正两处"))
                .statusCode()).isEqualTo(303);
        String page = editor.get("/workbench/drafts/" + id).asString();
        assertThat(page).doesNotContain(TOO_LARGE).contains("<tr class=\"removed\">").contains("第18000行已更正。");
    }
}
