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
import org.zwgk.portal.audit.AuditEvent;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser walk: choosing 不满意 sent the letter back to the unit for 重办 without asking why, and the unit redid it
 * blind. Now 不满意 needs its reason (none, or only invisible characters, is refused with the form kept); the unit
 * reads it on the letter's page, an auditor reads it masked, the audit record holds it masked; 满意 needs none.
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class UnsatisfiedReasonTest {

    @Inject
    MessageFixtures fixtures;

    @Inject
    MessageService service;

    /** A letter assigned to czj whose reply was approved: the citizen may rate it. */
    MessageFixtures.Sent replied(String subject) {
        MessageFixtures.Sent letter = fixtures.sent(subject);
        fixtures.assign(letter.id(), "czj");
        QuarkusTransaction.requiringNew().run(() -> service.submitReply(fixtures.user("czj-editor"), letter.id(), "已答复。", true,
                org.zwgk.portal.audit.AuditLog.system("test")));
        long reply = fixtures.replyOf(letter.id());
        QuarkusTransaction.requiringNew().run(() -> service.approveReply(fixtures.user("czj-reviewer"), letter.id(), reply, null,
                org.zwgk.portal.audit.AuditLog.system("test")));
        return letter;
    }

    MessageStatus status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).status);
    }

    String redoAudit(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find("action = ?1 and entityId = ?2",
                "message.redo", id).firstResultOptional().map(e -> e.detail).orElse(null));
    }

    @Test
    void unsatisfiedNeedsAReasonWhichTheUnitReads() {
        MessageFixtures.Sent letter = replied("公积金提取到账时间");
        MessageLifecycleTest.Visitor citizen = new MessageLifecycleTest.Visitor();
        citizen.get("/hudong/follow");
        Document page = Jsoup.parse(citizen.post("/hudong/follow", Map.of("code", letter.code(), "secret", letter.secret())).asString());
        assertThat(page.select("#rate-form textarea[name=reason]")).as("the rating form asks why").hasSize(1);
        assertThat(page.select("label[for=reason]").text()).contains("不满意的原因");

        // nothing, or nothing visible (spaces, zero-width and bidi characters): refused, the letter stays answered
        for (String none : new String[] {"", "  \n ", "\u200B\u3000\u202E\u2060"}) {
            Response refused = citizen.post("/hudong/follow/rate", Map.of("code", letter.code(), "secret", letter.secret(),
                    "satisfaction", "UNSATISFIED", "reason", none));
            assertThat(refused.statusCode()).as("reason [%s]", none).isEqualTo(400);
            Document again = Jsoup.parse(refused.asString());
            assertThat(again.select("#rate-error").text()).contains("请填写不满意的原因");
            assertThat(again.select("#rate-form input[value=UNSATISFIED][checked]")).hasSize(1);
            assertThat(again.select("#reason").attr("aria-invalid")).isEqualTo("true");
            assertThat(again.select("#redo-underway, #done")).isEmpty();
        }
        assertThat(status(letter.id())).isEqualTo(MessageStatus.REPLIED);
        assertThat(redoAudit(letter.id())).isNull();

        // too long: refused, with what was typed kept
        String tooLong = "太长".repeat(1501);
        Response longOne = citizen.post("/hudong/follow/rate", Map.of("code", letter.code(), "secret", letter.secret(),
                "satisfaction", "UNSATISFIED", "reason", tooLong));
        assertThat(longOne.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(longOne.asString()).select("#reason").text()).isEqualTo(tooLong);

        String reason = "答复只说了会尽快，没有说明到账时间。我叫李四，电话13912345678，身份证320583198001011238。";
        Response redo = citizen.post("/hudong/follow/rate", Map.of("code", letter.code(), "secret", letter.secret(),
                "satisfaction", "UNSATISFIED", "reason", reason));
        assertThat(redo.statusCode()).isEqualTo(200);
        assertThat(status(letter.id())).isEqualTo(MessageStatus.HANDLING);
        assertThat(redo.asString()).as("the citizen's page does not repeat it").doesNotContain("没有说明到账时间");

        // the unit that handles the 重办 reads why, as written
        Document unit = Jsoup.parse(Staff.login("czj-editor").get("/workbench/messages/" + letter.id()).asString());
        assertThat(unit.select("#unsatisfied-reason").text()).isEqualTo(reason);
        assertThat(unit.select("dt:containsOwn(不满意的原因)")).hasSize(1);
        // who oversees it reads it masked, as the letter
        Document audited = Jsoup.parse(Staff.login("auditor").get("/workbench/messages/" + letter.id()).asString());
        assertThat(audited.select("#unsatisfied-reason").text()).contains("没有说明到账时间")
                .doesNotContain("13912345678").doesNotContain("320583198001011238");
        // and so does the record of the 重办
        assertThat(redoAudit(letter.id())).contains("不满意的原因", "没有说明到账时间")
                .doesNotContain("13912345678").doesNotContain("320583198001011238");
    }

    @Test
    void satisfiedNeedsNoReason() {
        MessageFixtures.Sent letter = replied("居住证办理材料");
        MessageLifecycleTest.Visitor citizen = new MessageLifecycleTest.Visitor();
        citizen.get("/hudong/follow");
        Response rated = citizen.post("/hudong/follow/rate", Map.of("code", letter.code(), "secret", letter.secret(),
                "satisfaction", "SATISFIED"));
        assertThat(rated.statusCode()).isEqualTo(200);
        assertThat(status(letter.id())).isEqualTo(MessageStatus.CLOSED);
        assertThat(Jsoup.parse(Staff.login("czj-editor").get("/workbench/messages/" + letter.id()).asString())
                .select("#unsatisfied-reason")).isEmpty();
    }
}
