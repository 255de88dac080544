package org.zwgk.portal.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attachment's name and title as people see them: no right-to-left override that turns
 * {@code invoice\u202Eexe.pdf} into "invoicefdp.exe", and no other invisible or control character.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class AttachmentNameTest {

    @Inject
    Fixtures fixtures;

    Response upload(Staff who, long draft, String title, String fileName) {
        return who.given().multiPart("csrf-token", who.csrf()).multiPart("lockVersion", String.valueOf(fixtures.lockVersion(draft)))
                .multiPart(new MultiPartSpecBuilder(title).controlName("title").charset(StandardCharsets.UTF_8).build())
                .multiPart(new MultiPartSpecBuilder(AttachmentUploadTest.PDF).controlName("file").fileName(fileName)
                        .mimeType("application/pdf").charset(StandardCharsets.UTF_8).build())
                .post("/workbench/drafts/" + draft + "/attachments");
    }

    @Test
    void bidiControlsAndInvisibleCharactersAreStrippedFromNameAndTitle() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        assertThat(upload(editor, id, "发票\u202E\u200B附件\u2066\u2069\u061C", "invoice\u202Eexe.pdf").statusCode()).isEqualTo(303);
        assertThat(upload(editor, id, "\u200E报表\u00AD\uFEFF\u2028", "\u202Abud\u200Dget\u2067\u200F.pdf").statusCode()).isEqualTo(303);
        var stored = QuarkusTransaction.requiringNew().call(() -> DraftAttachment.of(Draft.findById(id)).stream()
                .map(a -> a.file.title + "|" + a.file.fileName).toList());
        assertThat(stored).containsExactly("发票附件|invoiceexe.pdf", "报表|budget.pdf");
        String page = editor.get("/workbench/drafts/" + id).asString();
        assertThat(page).contains("invoiceexe.pdf").contains("budget.pdf")
                .doesNotContain("\u202E").doesNotContain("\u202A").doesNotContain("\u2066").doesNotContain("\u200B");
    }

    @Test
    void aNameOfInvisibleCharactersOnlyIsRefused() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Response r = upload(Staff.login("czj-editor"), id, "标题", "\u202E\u200B");
        assertThat(r.statusCode()).isEqualTo(400);
    }
}
