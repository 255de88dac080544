package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact a citizen left (联系方式: 仅用于办理，不公开) is never published, not even through the reply:
 * a landline in a reply is taken for the office's own and kept, so the writer's own number, which the letter
 * gave only in its contact field, was published when the reply said it had called them there (security audit).
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class MessageContactMaskedTest {

    @Inject
    MessageService service;
    @Inject
    MessageFixtures fixtures;

    @Test
    void theWritersContactIsMaskedInThePublishedReplyThePreviewAndTheAuditorsView() {
        MessageInput in = new MessageInput();
        in.type = "咨询";
        in.subject = "小区路灯不亮";
        in.text = "小区北门的路灯坏了一个月，晚上出行不便。";
        in.contact = "0512-57009911";
        in.publish = true;
        MessageService.Receipt receipt = QuarkusTransaction.requiringNew().call(() -> service.submit(in, "10.17.2.1", () -> { }));
        long id = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.byTrackingCode(receipt.trackingCode()).orElseThrow().id);
        AuditLog.Actor actor = AuditLog.system("test");
        QuarkusTransaction.requiringNew().run(() -> service.accept(fixtures.user("site-admin"), id, actor));
        QuarkusTransaction.requiringNew().run(() -> service.assign(fixtures.user("site-admin"), id, List.of(), "czj", actor));

        Staff editor = Staff.login("czj-editor");
        String reply = "您好，工作人员已致电0512-57009911与您核实，路灯已修复。如有疑问请拨打本局电话0512-57311234。";
        assertThat(editor.post("/workbench/messages/" + id + "/reply", Map.of("reply", reply)).statusCode()).isEqualTo(303);
        Staff reviewer = Staff.login("czj-reviewer");
        String preview = Jsoup.parse(reviewer.get("/workbench/messages/" + id).asString()).select("#public-preview").text();
        assertThat(preview).as("the reviewer's preview").contains("路灯已修复", "0512-57311234").doesNotContain("57009911");
        assertThat(reviewer.post("/workbench/messages/" + id + "/approve", Map.of("reply", fixtures.replyOf(id))).statusCode()).isEqualTo(303);

        long docId = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).publishedDocument.id);
        assertThat(given().get("/documents/" + docId).asString()).as("the published copy")
                .contains("路灯已修复", "0512-57311234").doesNotContain("57009911");
        assertThat(given().get("/api/v1/documents/" + docId).asString()).doesNotContain("57009911");
        String audited = Jsoup.parse(Staff.login("auditor").get("/workbench/messages/" + id).asString()).text();
        assertThat(audited).as("the auditor's view").contains("路灯已修复").doesNotContain("57009911");
        // the handling editor still reads the contact as left
        assertThat(Jsoup.parse(editor.get("/workbench/messages/" + id).asString()).text()).contains("0512-57009911");
    }
}
