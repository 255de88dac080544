package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser walk: a citizen asked about 社保 for 人社局, the operator assigned it to 市财政局, and czj's editor could only
 * save a handling note or write a reply. Now the lead unit sends it back (申请退回) with a reason; the operator
 * sees it marked 退回待改派 and assigns it again; the unit no longer sees it; the time limit stays the one counted
 * from receipt; the citizen reads 转办中, never the reason. And after a first 不满意 the citizen is told the letter
 * goes back to be handled again, by whom and by when (the page said only 评价已提交).
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class MessageSendBackTest {

    static final String REASON = "社保缴费属人社局职责，本局不掌握相关信息";

    @Inject
    MessageFixtures fixtures;

    @Inject
    MessageService service;

    @Inject
    MessageRules rules;

    static String text(Response r) {
        return r.asString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    LocalDate dueOn(long id) {
        return QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).dueOn);
    }

    long audited(String action) {
        return QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.count("action", action));
    }

    @Test
    void theWrongUnitSendsTheLetterBackAndTheOperatorAssignsItAgain() {
        MessageFixtures.Sent letter = fixtures.sent("社保缴费基数怎么调整");
        fixtures.assign(letter.id(), "czj");
        LocalDate due = dueOn(letter.id());

        Staff editor = Staff.login("czj-editor");
        Document page = Jsoup.parse(editor.get("/workbench/messages/" + letter.id()).asString());
        assertThat(page.select("#send-back-form")).as("the lead unit's editor may send it back").hasSize(1);
        assertThat(page.select("#send-back-hint").text()).contains("不因退回而顺延", due.toString());
        assertThat(Jsoup.parse(Staff.login("czj-reviewer").get("/workbench/messages/" + letter.id()).asString())
                .select("#send-back-form")).as("and its reviewer").hasSize(1);

        long before = audited("message.send-back");
        Response noReason = editor.post("/workbench/messages/" + letter.id() + "/send-back", Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(text(noReason)).contains("申请退回必须写明理由");
        assertThat(audited("message.send-back")).isEqualTo(before);
        // another unit's editor is not told the letter exists; the operator is no member of the unit
        assertThat(Staff.login("szfb-editor").post("/workbench/messages/" + letter.id() + "/send-back",
                Map.of("reason", REASON)).statusCode()).isEqualTo(404);
        assertThat(Staff.login("site-admin").post("/workbench/messages/" + letter.id() + "/send-back",
                Map.of("reason", REASON)).statusCode()).isEqualTo(403);

        Response sent = editor.post("/workbench/messages/" + letter.id() + "/send-back", Map.of("reason", REASON));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.getHeader("Location")).endsWith("/workbench/messages?done=sentBack");
        assertThat(audited("message.send-back")).isEqualTo(before + 1);
        assertThat(Jsoup.parse(editor.get("/workbench/messages?done=sentBack").asString()).select(".form-done").text())
                .contains("已退回平台");
        // the unit no longer sees it, nor can it write on it
        assertThat(editor.get("/workbench/messages/" + letter.id()).statusCode()).isEqualTo(404);
        assertThat(editor.get("/workbench/messages").asString()).doesNotContain(CitizenMessage.readableCode(letter.code()));
        assertThat(editor.post("/workbench/messages/" + letter.id() + "/handle", Map.of("organization", "czj", "note", "已办理"))
                .statusCode()).isEqualTo(404);
        assertThat(dueOn(letter.id())).as("the limit is counted from receipt, not restarted by the return").isEqualTo(due);

        // the operator: on the queue and the page, marked, with the reason and who sent it back
        Staff operator = Staff.login("site-admin");
        assertThat(Jsoup.parse(operator.get("/workbench/messages").asString()).select("tr:contains(" + CitizenMessage.readableCode(letter.code())
                + ") .sent-back").text()).isEqualTo("退回待改派");
        Document operatorPage = Jsoup.parse(operator.get("/workbench/messages/" + letter.id()).asString());
        assertThat(operatorPage.select("#status").text()).contains("已受理，待转办", "退回待改派");
        assertThat(operatorPage.select("#sent-back").text()).contains("昆山市财政局", "市财政局撰稿人", REASON);
        assertThat(operatorPage.select("#send-back-deadline").text()).contains(due.toString(), "不因退回而顺延");
        assertThat(operatorPage.select("form[action$=/assign]")).as("the 转办 form is offered again").hasSize(1);
        // the unit that sent it back is marked in both lists (quick browser check), each co-unit on a line of its own
        assertThat(operatorPage.select("#lead option[value=czj]").text()).endsWith("（曾申请退回）");
        assertThat(operatorPage.select("#lead option[value=szfb]").text()).doesNotContain("曾申请退回");
        assertThat(operatorPage.select("label.choice-line:has(input[value=czj])").text()).endsWith("（曾申请退回）");
        assertThat(Jsoup.parse(operator.get("/workbench").asString()).text()).contains("退回待改派：");

        // the citizen reads a neutral status, never the reason
        MessageLifecycleTest.Visitor citizen = new MessageLifecycleTest.Visitor();
        citizen.get("/hudong/follow");
        Response status = citizen.post("/hudong/follow", Map.of("code", letter.code(), "secret", letter.secret()));
        assertThat(Jsoup.parse(status.asString()).select("#status").text()).isEqualTo("转办中");
        assertThat(text(status)).doesNotContain(REASON, "退回", "财政局").contains(due.toString());

        // reassigned to 人社局's… here szfb, which has editors: it handles it, the clock as it was
        assertThat(operator.post("/workbench/messages/" + letter.id() + "/assign", Map.of("lead", "szfb")).statusCode()).isEqualTo(303);
        assertThat(dueOn(letter.id())).isEqualTo(due);
        Document szfbPage = Jsoup.parse(Staff.login("szfb-editor").get("/workbench/messages/" + letter.id()).asString());
        assertThat(szfbPage.select("#status").text()).contains("办理中").doesNotContain("退回待改派");
        assertThat(szfbPage.select("#sent-back").text()).as("the history stays with the letter").contains("退回记录", REASON);
        assertThat(editor.get("/workbench/messages/" + letter.id()).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(citizen.post("/hudong/follow", Map.of("code", letter.code(), "secret", letter.secret())).asString())
                .select("#status").text()).isEqualTo("办理中");
    }

    @Test
    void aReplyInReviewIsNotSentBack() {
        long id = fixtures.replyInReview("czj", "czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(Jsoup.parse(reviewer.get("/workbench/messages/" + id).asString()).select("#send-back-form")).isEmpty();
        assertThat(reviewer.post("/workbench/messages/" + id + "/send-back", Map.of("reason", REASON)).statusCode()).isEqualTo(409);
    }

    @Test
    void anUnsatisfiedCitizenIsToldWhoAnswersAgainAndByWhen() {
        MessageFixtures.Sent letter = fixtures.sent("公交线路调整咨询");
        fixtures.assign(letter.id(), "czj");
        QuarkusTransaction.requiringNew().run(() -> service.submitReply(fixtures.user("czj-editor"), letter.id(), "已答复。", true,
                org.zwgk.portal.audit.AuditLog.system("test")));
        long reply = fixtures.replyOf(letter.id());
        QuarkusTransaction.requiringNew().run(() -> service.approveReply(fixtures.user("czj-reviewer"), letter.id(), reply, null,
                org.zwgk.portal.audit.AuditLog.system("test")));

        MessageLifecycleTest.Visitor citizen = new MessageLifecycleTest.Visitor();
        citizen.get("/hudong/follow");
        Response redo = citizen.post("/hudong/follow/rate", Map.of("code", letter.code(), "secret", letter.secret(),
                "satisfaction", "UNSATISFIED", "reason", "答复没有说明新线路何时开通"));
        assertThat(redo.statusCode()).isEqualTo(200);
        LocalDate due = dueOn(letter.id());
        assertThat(due).isEqualTo(rules.dueOn(MessageType.CONSULTATION, service.today()));
        String done = Jsoup.parse(redo.asString()).select("#done").text();
        assertThat(done).contains("重新办理", "昆山市财政局", due.toString(), rules.limitDays(MessageType.CONSULTATION) + " 个工作日")
                .doesNotContain("谢谢");
        // coming back later, the page still says so
        Response later = citizen.post("/hudong/follow", Map.of("code", letter.code(), "secret", letter.secret()));
        assertThat(Jsoup.parse(later.asString()).select("#redo-underway").text()).contains("重新办理", "昆山市财政局", due.toString());
    }
}
