package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.access.Staff;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen and the operator notice of pieces built with the message platform: the 不予受理
 * reason read with the tracking code, the per-address send limit on the form and the JSON API, the
 * sensitive-word check of a reply, and the site-health dashboard months later (the clock moved,
 * last, since it ages every form token and session).
 */
@QuarkusTest
@TestProfile(MessageLimitsTestProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessageGapsTest {

    @Inject
    MessageService service;
    @Inject
    MessageRules rules;

    /** A browser behind the trusted local proxy at {@code address}, with its CSRF cookie. */
    static final class Browser {
        final String address;
        String csrf;

        Browser(String address) {
            this.address = address;
        }

        Response get(String path) {
            Response r = given().header("X-Forwarded-For", address).cookie("csrf-token", csrf == null ? "" : csrf).get(path);
            if (r.getCookie("csrf-token") != null) {
                csrf = r.getCookie("csrf-token");
            }
            return r;
        }

        Response post(String path, Map<String, ?> form) {
            return given().redirects().follow(false).header("X-Forwarded-For", address).cookie("csrf-token", csrf)
                    .contentType(Staff.FORM).formParam("csrf-token", csrf).formParams(form).post(path);
        }

        Response postJson(String path, String json) {
            return given().header("X-Forwarded-For", address).contentType("application/json").body(json).post(path);
        }
    }

    static String json(String subject) {
        return "{\"type\":\"咨询\",\"subject\":\"" + subject + "\",\"text\":\"" + subject + "，请答复。\",\"contact\":\"13900007777\",\"publish\":false}";
    }

    static long id(String code) {
        return QuarkusTransaction.requiringNew().call(() -> CitizenMessage.byTrackingCode(code).orElseThrow().id);
    }

    @jakarta.inject.Inject
    MessageRules limits;

    @Test
    void theWriteFormTellsTheTimeLimitsBeforeSending() {
        // browser walk: the 写信 form said nothing of how long an answer may take
        String hint = org.jsoup.Jsoup.parse(given().get("/hudong/write").asString()).select("#time-limits").text();
        assertThat(hint).contains("咨询 " + limits.limitDays(MessageType.CONSULTATION) + " 个工作日",
                "投诉 " + limits.limitDays(MessageType.COMPLAINT) + " 个工作日", "建议 " + limits.limitDays(MessageType.SUGGESTION) + " 个工作日");
    }

    @Test
    @Order(1)
    void theCitizenReadsWhyTheMessageWasNotAcceptedWithTheCode() {
        Browser citizen = new Browser("10.16.1.1");
        Response created = citizen.postJson("/api/v1/messages", json("邻居装修噪音扰民"));
        assertThat(created.statusCode()).isEqualTo(201);
        String code = created.path("trackingCode");
        String secret = created.path("secret");
        Staff operator = Staff.login("site-admin");
        String reason = "属于邻里纠纷，不属于政府信息公开和政务咨询范围，请向所在社区居委会反映。";
        assertThat(operator.post("/workbench/messages/" + id(code) + "/reject", Map.of("reason", reason)).statusCode()).isEqualTo(303);

        citizen.get("/hudong/follow");
        Response status = citizen.post("/hudong/follow", Map.of("code", code, "secret", secret));
        assertThat(status.statusCode()).isEqualTo(200);
        String text = status.asString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).contains("不予受理", "不予受理的理由", reason);
        assertThat(status.asString()).contains("id=\"reject-reason\">" + reason + "<");
        assertThat(given().header("X-Message-Secret", secret).get("/api/v1/messages/" + code).jsonPath().getString("reply")).isEqualTo(reason);
    }

    @Test
    @Order(2)
    void theJsonApiRefusesAThirdMessageFromOneAddressWithA429InChinese() {
        Browser script = new Browser("10.16.2.1");
        assertThat(script.postJson("/api/v1/messages", json("第一封来信")).statusCode()).isEqualTo(201);
        assertThat(script.postJson("/api/v1/messages", json("第二封来信")).statusCode()).isEqualTo(201);
        long before = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count());
        Response third = script.postJson("/api/v1/messages", json("第三封来信"));
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.contentType()).contains("json");
        assertThat(third.asString()).contains("同一地址提交来信过于频繁");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count())).as("nothing written").isEqualTo(before);
        assertThat(new Browser("10.16.2.2").postJson("/api/v1/messages", json("另一地址的来信")).statusCode())
                .as("another address is not punished").isEqualTo(201);
    }

    @Test
    @Order(3)
    void theFormRefusesAThirdMessageFromOneAddressAndKeepsWhatWasTyped() throws Exception {
        Browser citizen = new Browser("10.16.3.1");
        List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tokens.add(MessageLifecycleTest.group(MessageLifecycleTest.FORM_TOKEN, citizen.get("/hudong/write").asString()));
        }
        Thread.sleep(3100);
        for (int i = 0; i < 3; i++) {
            Map<String, String> form = new HashMap<>(Map.of("formToken", tokens.get(i), "type", "建议", "subject", "增设公共自行车站点" + i,
                    "text", "建议在体育中心门口增设公共自行车站点。", "contact", "13900008888"));
            Response r = citizen.post("/hudong/write", form);
            if (i < 2) {
                assertThat(r.statusCode()).as("message " + (i + 1)).isEqualTo(200);
                assertThat(r.asString()).contains("id=\"tracking-code\"");
            } else {
                assertThat(r.statusCode()).isEqualTo(429);
                assertThat(r.asString()).contains("同一地址提交来信过于频繁", "增设公共自行车站点2", "建议在体育中心门口增设公共自行车站点。")
                        .doesNotContain("id=\"tracking-code\"");
            }
        }
    }

    @Test
    @Order(4)
    void aReplyWithSensitiveWordsIsSentOnlyOnceTheEditorHasCheckedIt() {
        Browser citizen = new Browser("10.16.4.1");
        String code = citizen.postJson("/api/v1/messages", json("营业执照在哪里办")).path("trackingCode");
        long id = id(code);
        Staff operator = Staff.login("site-admin");
        operator.post("/workbench/messages/" + id + "/accept");
        assertThat(operator.post("/workbench/messages/" + id + "/assign", Map.of("lead", "czj")).statusCode()).isEqualTo(303);
        Staff editor = Staff.login("czj-editor");
        String reply = "请到工商行政管理局窗口办理。";
        Response refused = editor.post("/workbench/messages/" + id + "/reply", Map.of("reply", reply));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("答复中有 1 处敏感词，请检查后勾选“我已检查”再提交。");
        assertThat(refused.asString()).as("the reply as typed comes back").contains(">" + reply + "</textarea>");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).status)).isEqualTo(MessageStatus.HANDLING);
        assertThat(QuarkusTransaction.requiringNew().call(() -> MessageReply.count("message.id", id))).isZero();

        assertThat(editor.post("/workbench/messages/" + id + "/reply", Map.of("reply", reply, "acknowledged", "true")).statusCode()).isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).status)).isEqualTo(MessageStatus.REPLY_REVIEW);
    }

    @Test
    @Order(5)
    void theDashboardListsAMessageOverTheLimitAndOneWithinTheWarningWindow() {
        String early = new Browser("10.16.5.1").postJson("/api/v1/messages", json("三个月没有答复的来信")).path("trackingCode");
        LocalDate receivedEarly = service.today();
        MovableClock.advance(Duration.ofDays(10));
        String later = new Browser("10.16.5.2").postJson("/api/v1/messages", json("即将到期的来信")).path("trackingCode");
        LocalDate receivedLater = service.today();
        // to two days past the first one's veto day: the second one's is days ahead, inside the warning window
        MovableClock.advance(Duration.ofDays(ChronoUnit.DAYS.between(service.today(), rules.vetoDay(receivedEarly).plusDays(2))));
        LocalDate today = service.today();
        assertThat(today).isAfter(rules.vetoDay(receivedEarly)).isBefore(rules.vetoDay(receivedLater));
        assertThat(rules.nearVeto(receivedLater, today)).isTrue();

        Response health = Staff.login("site-admin").get("/workbench/messages/health");
        assertThat(health.statusCode()).isEqualTo(200);
        String page = health.asString();
        assertThat(page).contains("id=\"veto\"", "id=\"near-veto\"");
        String open = page.substring(page.indexOf("id=\"open\""));
        String earlyRow = open.substring(open.indexOf(early), open.indexOf("</tr>", open.indexOf(early)));
        String laterRow = open.substring(open.indexOf(later), open.indexOf("</tr>", open.indexOf(later)));
        assertThat(earlyRow).contains(receivedEarly.toString(), rules.vetoDay(receivedEarly).toString(), "已超过否决线");
        assertThat(laterRow).contains(receivedLater.toString(), "接近否决线").doesNotContain("已超过否决线");
        assertThat(page).contains("class=\"form-error\" role=\"alert\" id=\"veto\"");
        assertThat(page.replaceAll("<[^>]+>", " ")).contains("超过 3 个月未答复", "即将超过未答复的期限");
    }

    @Test
    @Order(6)
    void halfACharacterSentThroughTheApiIsA400NamingTheFieldAndNothingIsKept() {
        long before = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count());
        // JSON can carry "\ud800" alone; no page, feed or index can show it
        Response refused = new Browser("10.16.6.1").postJson("/api/v1/messages", json("关于补贴\\ud800发放的咨询"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).contains("json");
        assertThat(refused.asString()).contains("标题", "无法显示的字符");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count())).as("nothing written").isEqualTo(before);
    }
}
