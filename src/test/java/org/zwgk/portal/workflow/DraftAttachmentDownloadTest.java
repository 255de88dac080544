package org.zwgk.portal.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer opens a draft's files from its page before approving them (the approval asks them to check
 * by hand a file the privacy check could not read): only those who may read the draft get them, anyone
 * else is told nothing that a draft of another organization does not tell.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class DraftAttachmentDownloadTest {

    static final byte[] PDF = org.zwgk.portal.TestPdfs.text("Minutes of the budget meeting, 2018.");

    @Inject
    Fixtures fixtures;

    @Test
    void theReviewerDownloadsTheEditorsFileAndNobodyOutsideTheOrganizationDoes() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        Response uploaded = editor.given().multiPart("csrf-token", editor.csrf())
                .multiPart("lockVersion", String.valueOf(fixtures.lockVersion(id)))
                .multiPart(new MultiPartSpecBuilder("会议纪要").controlName("title").charset(StandardCharsets.UTF_8).build())
                .multiPart(new MultiPartSpecBuilder(PDF).controlName("file").fileName("minutes 2018.pdf")
                        .mimeType("application/octet-stream").charset(StandardCharsets.UTF_8).build())
                .post("/workbench/drafts/" + id + "/attachments");
        assertThat(uploaded.statusCode()).as(uploaded.asString()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode()).isEqualTo(303);

        // the reviewer's page links the file beside its name and checksum
        Staff reviewer = Staff.login("czj-reviewer");
        Element link = Jsoup.parse(reviewer.get("/workbench/drafts/" + id).asString()).selectFirst("#attachments a.draft-file");
        assertThat(link).isNotNull();
        assertThat(link.text()).startsWith("下载查看").contains("会议纪要");
        String href = link.attr("href");
        assertThat(href).matches("/workbench/drafts/" + id + "/attachments/\\d+");

        Response got = reviewer.get(href);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.asByteArray()).isEqualTo(PDF);
        assertThat(got.contentType()).startsWith("application/pdf");
        assertThat(got.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"minutes_2018.pdf\"; filename*=UTF-8''minutes%202018.pdf");
        assertThat(got.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(got.getHeader("Cache-Control")).isEqualTo("no-store");
        // the editor, a site admin: who may read the draft
        assertThat(editor.get(href).statusCode()).isEqualTo(200);
        assertThat(Staff.login("site-admin").get(href).statusCode()).isEqualTo(200);

        // another organization's staff, and the auditor (who reads what is published): as for no such draft
        long other = fixtures.draft("czj-editor", "czyjs");
        for (String outsider : new String[]{"szfb-reviewer1", "szfb-editor", "auditor"}) {
            Response hidden = Staff.login(outsider).get(href);
            Response missing = Staff.login(outsider).get("/workbench/drafts/" + DraftVisibilityTest.NO_SUCH_DRAFT + href.replaceAll(".*/attachments", "/attachments"));
            assertThat(hidden.statusCode()).as(outsider).isEqualTo(404);
            assertThat(hidden.asString()).as(outsider).contains("未找到该稿件").doesNotContain("会议纪要");
            assertThat(missing.statusCode()).as(outsider).isEqualTo(404);
        }
        // the file under another draft's address, even one its reader may read: not found
        Response elsewhere = reviewer.get(href.replace("/drafts/" + id + "/", "/drafts/" + other + "/"));
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.asString()).doesNotContain("%PDF");
        // nobody logged in: the login form, never the file
        Response anonymous = Staff.anonymous().get(href);
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.getHeader("Location")).contains("/login");
    }
}
