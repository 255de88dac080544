package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
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
 * A name no detector can tell from other words (上次跟王建国反映过) is masked in the published letter and
 * reply when the replying editor lists it; the reviewer sees it masked before approving (browser walk:
 * the reviewer could only approve or return what the detectors left).
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class MessageMaskedWordsTest {

    @Inject
    MessageService service;
    @Inject
    MessageFixtures fixtures;

    @Test
    void wordsTheEditorListsAreMaskedInThePublishedCopyAndThePreview() {
        MessageInput in = new MessageInput();
        in.type = "投诉";
        in.subject = "小区门口占道经营";
        in.text = "上次跟王建国反映过，没有结果。小区门口的摊位一直占道。";
        in.contact = "13900008888";
        in.publish = true;
        MessageService.Receipt receipt = QuarkusTransaction.requiringNew().call(() -> service.submit(in, "10.17.1.1", () -> { }));
        String code = receipt.trackingCode();
        long id = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.byTrackingCode(code).orElseThrow().id);
        AuditLog.Actor actor = AuditLog.system("test");
        QuarkusTransaction.requiringNew().run(() -> service.accept(fixtures.user("site-admin"), id, actor));
        QuarkusTransaction.requiringNew().run(() -> service.assign(fixtures.user("site-admin"), id, List.of(), "czj", actor));

        Staff editor = Staff.login("czj-editor");
        String reply = "经核查，王建国已将情况转城管部门，摊位已于本周清理。";
        assertThat(Jsoup.parse(editor.get("/workbench/messages/" + id).asString()).select("label[for=maskedWords]").text())
                .contains("公开时另行遮蔽的内容");
        // one character would mask every 王 of both texts: refused, everything typed kept
        Response refused = editor.post("/workbench/messages/" + id + "/reply", Map.of("reply", reply, "maskedWords", "王建国\n王"));
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document again = Jsoup.parse(refused.asString());
        assertThat(again.text()).contains("“王”不能作为遮蔽内容");
        assertThat(again.select("#reply").text()).isEqualTo(reply);
        assertThat(again.select("#maskedWords").text()).contains("王建国");
        assertThat(QuarkusTransaction.requiringNew().call(() -> MessageReply.of(CitizenMessage.findById(id)).size())).as("nothing written").isZero();

        assertThat(editor.post("/workbench/messages/" + id + "/reply", Map.of("reply", reply, "maskedWords", "王建国\n\n王建国\n")).statusCode())
                .isEqualTo(303);
        Staff reviewer = Staff.login("czj-reviewer");
        String preview = Jsoup.parse(reviewer.get("/workbench/messages/" + id).asString()).select("#public-preview").text();
        assertThat(preview).contains("上次跟王**反映过", "经核查，王**已将情况").doesNotContain("王建国");
        assertThat(reviewer.post("/workbench/messages/" + id + "/approve", Map.of("reply", fixtures.replyOf(id))).statusCode()).isEqualTo(303);

        long docId = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).publishedDocument.id);
        String page = given().get("/documents/" + docId).asString();
        assertThat(page).contains("上次跟王**反映过", "王**已将情况转城管部门").doesNotContain("王建国");
        // answered the day it came: not "0 个工作日", which reads as missing (browser walk)
        assertThat(Jsoup.parse(page).text()).contains("办理用时：不足 1 个工作日").doesNotContain("0 个工作日");
        assertThat(Jsoup.parse(given().get("/hudong").asString()).select("a[href=/documents/" + docId + "]").parents().select("tr").first().text())
                .contains("不足 1 个工作日");
        assertThat(given().get("/api/v1/documents/" + docId).asString()).doesNotContain("王建国");

        // whoever oversees the handling, and whoever looks over the writer's shoulder, reads no more than the public
        String audited = Jsoup.parse(Staff.login("auditor").get("/workbench/messages/" + id).asString()).text();
        assertThat(audited).contains("上次跟王**反映过", "王**已将情况转城管部门").doesNotContain("王建国");
        MessageGapsTest.Browser writer = new MessageGapsTest.Browser("10.17.1.1");
        writer.get("/hudong/follow");
        String own = Jsoup.parse(writer.post("/hudong/follow", Map.of("code", code, "secret", receipt.secret())).asString()).select("main").text();
        assertThat(own).contains("上次跟王**反映过").doesNotContain("上次跟王建国");
        // the handling editor still reads the letter as written
        assertThat(Jsoup.parse(editor.get("/workbench/messages/" + id).asString()).text()).contains("上次跟王建国反映过");
    }
}
