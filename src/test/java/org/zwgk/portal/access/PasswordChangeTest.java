package org.zwgk.portal.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.audit.AuditEvent;
import org.zwgk.portal.audit.AuditLog;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff change their own password: the old one is asked again, other sessions end, nothing leaks. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class PasswordChangeTest {

    private static final String OLD = "Old-password-2018";
    private static final String NEW = "New-password-2026";

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    private String username;

    @BeforeEach
    void anAccountOfItsOwn() {
        username = "pw-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> accounts.upsert(username, "改密测试", OLD, EnumSet.noneOf(org.zwgk.portal.access.Role.class),
                Map.of(), new AuditLog.Actor("test", "127.0.0.1")));
    }

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    private static Map<String, String> form(String current, String password, String repeated) {
        return Map.of("current", current, "password", password, "repeated", repeated);
    }

    @Test
    void aNewPasswordReplacesTheOldOneEndsEverySessionAndGoesOnInANewOne() {
        Staff here = Staff.loginWith(username, OLD);
        Staff elsewhere = Staff.loginWith(username, OLD);

        Response changed = here.post("/account/password", form(OLD, NEW, NEW));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.getHeader("Location")).endsWith("/account/password?changed=true");
        // security review: the session opened with the old (perhaps an admin's one-time) password kept its id
        Staff renewed = here.inSessionOf(changed);
        assertThat(renewed.get("/account/password?changed=true").asString()).contains("密码已修改");
        assertThat(renewed.get("/workbench").statusCode()).as("the person goes on, in a new session").isEqualTo(200);
        for (Staff ended : List.of(here, elsewhere)) {
            Response old = ended.get("/workbench");
            assertThat(old.statusCode()).as("the old sessions ended").isIn(302, 303);
            assertThat(old.getHeader("Location")).contains("/login");
        }

        assertThat(Staff.loginAttempt(username, OLD)).isEqualTo(401);
        assertThat(Staff.loginAttempt(username, NEW)).isEqualTo(303);

        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.<AuditEvent>list("action = ?1 and actor = ?2", "account.password", username));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.afterState).contains("已结束其他会话 1 个");
            assertThat(String.join(" ", String.valueOf(e.detail), String.valueOf(e.beforeState), e.afterState))
                    .doesNotContain(NEW).doesNotContain(OLD);
        });
    }

    @Test
    void wrongPasswordsTypedBeforeTheLoginAreStillToldAfterThePasswordChange() {
        // review: the new session of a password change dropped them, and a first login goes straight to the change
        assertThat(Staff.loginAttempt(username, "wrong-guess-1")).isEqualTo(401);
        assertThat(Staff.loginAttempt(username, "wrong-guess-2")).isEqualTo(401);
        throttle.clear();
        Staff here = Staff.loginWith(username, OLD);
        Staff renewed = here.inSessionOf(here.post("/account/password", form(OLD, NEW, NEW)));
        assertThat(org.jsoup.Jsoup.parse(renewed.get("/workbench").asString()).select("#failed-logins").text()).contains("2 次失败的登录尝试");
    }

    @Test
    void eachMistakeIsNamedInChineseAndChangesNothing() {
        Staff me = Staff.loginWith(username, OLD);
        record Case(Map<String, String> form, String message, String field) {
        }
        for (Case c : List.of(
                new Case(form("not-my-password-1", NEW, NEW), "当前密码不正确", "current"),
                // browser walk: every field empty said 当前密码不正确
                new Case(form("", "", ""), "请填写当前密码", "current"),
                new Case(form(OLD, "", ""), "请填写新密码", "password"),
                new Case(form(OLD, NEW, NEW + "x"), "两次输入的新密码不一致", "repeated"),
                new Case(form(OLD, "short1", "short1"), "密码至少", "password"),
                new Case(form(OLD, "onlyletterslong", "onlyletterslong"), "密码至少", "password"),
                new Case(form(OLD, OLD, OLD), "新密码不能与当前密码相同", "password"))) {
            Response r = me.post("/account/password", c.form());
            assertThat(r.statusCode()).as(c.message()).isEqualTo(400);
            assertThat(r.asString()).contains(c.message()).doesNotContain(NEW).doesNotContain(OLD);
            // browser walk: the message stood only at the top; a screen reader learns which field it is about
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.asString());
            assertThat(page.select("input[aria-invalid=true]").eachAttr("id")).as(c.message()).containsExactly(c.field());
            assertThat(page.select("#" + c.field()).attr("aria-describedby")).contains("form-error");
        }
        assertThat(me.get("/workbench").statusCode()).isEqualTo(200);
        assertThat(Staff.loginAttempt(username, OLD)).as("the old password still works").isEqualTo(303);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeLoggingIn() {
        Staff me = Staff.loginWith(username, OLD);
        for (int i = 0; i < 5; i++) {
            assertThat(me.post("/account/password", form("guess-number-" + i, NEW, NEW)).statusCode()).isEqualTo(400);
        }
        Response blocked = me.post("/account/password", form(OLD, NEW, NEW));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.asString()).contains("秒后再试");
        throttle.clear();
        assertThat(Staff.loginAttempt(username, OLD)).as("nothing changed").isEqualTo(303);
    }

    @Test
    void withoutTheFormsCsrfTokenOrALoginNothingChanges() {
        Staff me = Staff.loginWith(username, OLD);
        Response forged = me.given().contentType(Staff.FORM).formParams(form(OLD, NEW, NEW)).post("/account/password");
        assertThat(forged.statusCode()).isEqualTo(400);
        Response anonymous = Staff.anonymous().post("/account/password", form(OLD, NEW, NEW));
        assertThat(anonymous.statusCode()).isIn(302, 303);
        assertThat(anonymous.getHeader("Location")).contains("/login");
        assertThat(RestAssured.given().redirects().follow(false).get("/account/password").getHeader("Location")).contains("/login");
        assertThat(Staff.loginAttempt(username, OLD)).isEqualTo(303);
    }
}
