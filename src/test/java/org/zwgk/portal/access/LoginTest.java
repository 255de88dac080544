package org.zwgk.portal.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in and out: cookies, CSRF, rate limiting, no account enumeration, clear 401/403 pages. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class LoginTest {

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    SessionPurge sessions;

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    static Response login(String username, String password, String csrf) {
        return RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf).contentType(Staff.FORM)
                .formParam("csrf-token", csrf).formParam("username", username).formParam("password", password)
                .formParam("next", "/workbench/channels").post("/login");
    }

    @Test
    void aLoginSetsASecureHttpOnlySameSiteSessionAndGoesWhereThePersonWasGoing() {
        String csrf = Staff.csrfFromLoginPage();
        Response r = login("szfb-editor", Staff.PASSWORD, csrf);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.getHeader("Location")).endsWith("/workbench/channels");
        String setCookie = r.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(SessionCookie.NAME)).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(RestAssured.given().cookie(SessionCookie.NAME, r.getCookie(SessionCookie.NAME)).get("/workbench").asString())
                .contains("市政府办公室撰稿人");
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        String csrf = Staff.csrfFromLoginPage();
        Response wrong = login("szfb-editor", "not-the-password", csrf);
        Response unknown = login("nobody-here", "not-the-password", csrf);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.asString()).contains("用户名或密码错误");
        assertThat(unknown.asString().replace("nobody-here", "szfb-editor")).isEqualTo(wrong.asString());
        assertThat(wrong.getCookie(SessionCookie.NAME)).isNull();
    }

    @Test
    void repeatedFailuresMakeAnyNameWaitExistingOrNot() {
        String csrf = Staff.csrfFromLoginPage();
        for (String name : new String[]{"czj-admin", "ghost-user"}) {
            for (int i = 0; i < 5; i++) {
                assertThat(login(name, "guess-" + i, csrf).statusCode()).isEqualTo(401);
            }
            Response locked = login(name, name.equals("czj-admin") ? Staff.PASSWORD : "guess", csrf);
            assertThat(locked.statusCode()).as("even the right password waits").isEqualTo(429);
            assertThat(locked.asString()).contains("登录尝试过于频繁").contains("秒后再试").doesNotContain("锁定");
        }
        assertThat(login("czj-editor", Staff.PASSWORD, csrf).statusCode()).as("other names are not affected").isEqualTo(303);
    }

    static Response loginFrom(String address, String username, String password, String csrf) {
        return RestAssured.given().redirects().follow(false).header("X-Forwarded-For", address).cookie("csrf-token", csrf)
                .contentType(Staff.FORM).formParam("csrf-token", csrf).formParam("username", username)
                .formParam("password", password).formParam("next", "/workbench").post("/login");
    }

    static String workbench(Response login) {
        return RestAssured.given().cookie(SessionCookie.NAME, login.getCookie(SessionCookie.NAME)).get("/workbench").asString();
    }

    @Test
    void loginsPostedTogetherGetTheThrottlesAnswerNeverAServerError() throws Exception {
        String csrf = Staff.csrfFromLoginPage();
        // 30 guesses at once from one address, then the right password: five reach the password check
        java.util.concurrent.atomic.AtomicInteger guess = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Integer> codes = org.zwgk.portal.AllAtOnce.run(30,
                () -> loginFrom("192.0.2.77", "czj-admin", "guess-" + guess.incrementAndGet(), csrf).statusCode());
        assertThat(codes).containsOnly(401, 429);
        assertThat(codes).as("password checks").filteredOn(c -> c == 401).hasSize(5);
        assertThat(loginFrom("192.0.2.77", "czj-admin", Staff.PASSWORD, csrf).statusCode()).as("the guesser's address waits")
                .isEqualTo(429);
        assertThat(loginFrom("192.0.2.78", "czj-admin", Staff.PASSWORD, csrf).statusCode()).as("the owner elsewhere does not")
                .isEqualTo(303);
    }

    @Test
    void guessesFromAnotherAddressNeitherKeepTheOwnerOutNorGoUnnoticed() {
        String name = "attacked-" + System.nanoTime() % 1_000_000;
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> accounts.upsert(name, "被攻击的账号", Staff.PASSWORD,
                java.util.EnumSet.noneOf(Role.class), Map.of("czj", java.util.EnumSet.of(Role.EDITOR)),
                org.zwgk.portal.audit.AuditLog.system("test")));
        String csrf = Staff.csrfFromLoginPage();
        for (int i = 0; i < 5; i++) {
            assertThat(loginFrom("203.0.113.9", name, "guess-" + i, csrf).statusCode()).isEqualTo(401);
        }
        Response guesser = loginFrom("203.0.113.9", name, Staff.PASSWORD, csrf);
        assertThat(guesser.statusCode()).as("the guessing address waits, even with the right password").isEqualTo(429);

        Response owner = loginFrom("198.51.100.20", name, Staff.PASSWORD, csrf);
        assertThat(owner.statusCode()).as("the owner at another address is not locked out").isEqualTo(303);
        String page = workbench(owner);
        assertThat(page).contains("自上次登录以来，您的账号有 5 次失败的登录尝试，最近一次来自 203.0.113.9，时间 ");
        assertThat(page).containsPattern("时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(org.jsoup.Jsoup.parse(page).select("#failed-logins a").eachAttr("href"))
                .as("the notice leads to changing the password").containsExactly("/account/password");
        assertThat(workbench(owner)).as("shown for the whole session").contains("5 次失败的登录尝试");

        Response next = login(name, Staff.PASSWORD, csrf);
        assertThat(workbench(next)).as("the next login starts a clean count").doesNotContain("失败的登录尝试");
    }

    @Test
    void expiredSessionRowsAreDeletedAndLiveOnesKept() {
        Staff editor = Staff.login("szfb-editor");
        String expired = "expired-" + System.nanoTime();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            AccountSession s = new AccountSession();
            s.tokenHash = expired;
            s.accountId = Account.findByUsername("szfb-editor").orElseThrow().id;
            s.createdAt = java.time.Instant.now().minus(java.time.Duration.ofHours(10));
            s.lastSeenAt = s.createdAt;
            s.expiresAt = java.time.Instant.now().minus(java.time.Duration.ofHours(2));
            s.persist();
        });
        assertThat(sessions.purge()).isPositive();
        AccountSession gone = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> AccountSession.findById(expired));
        assertThat(gone).as("the expired row is gone").isNull();
        assertThat(editor.get("/workbench").statusCode()).as("a live session still logs in").isEqualTo(200);
    }

    @Test
    void aSessionKeptInUseStillEndsTwelveHoursAfterTheLogin() {
        Staff admin = Staff.login("czj-admin");
        assertThat(admin.get("/workbench").statusCode()).isEqualTo(200);
        // its login 12 hours and a minute ago, used a minute ago: the idle limit alone would keep it for hours
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            AccountSession s = AccountSession.<AccountSession>find("accountId = ?1 order by createdAt desc",
                    Account.findByUsername("czj-admin").orElseThrow().id).firstResult();
            s.createdAt = java.time.Instant.now().minus(java.time.Duration.ofHours(12).plusMinutes(1));
            s.lastSeenAt = java.time.Instant.now().minus(java.time.Duration.ofMinutes(1));
            s.expiresAt = java.time.Instant.now().plus(java.time.Duration.ofHours(7));
        });
        Response after = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, admin.session()).get("/workbench");
        assertThat(after.statusCode()).as("asked to log in again").isIn(302, 303, 401);
        assertThat(Staff.login("czj-admin").get("/workbench").statusCode()).as("logging in again works").isEqualTo(200);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() {
        Staff editor = Staff.login("szfb-editor");
        Response r = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, editor.session())
                .contentType(Staff.FORM).formParam("channel", "tzgg").formParam("type", "NOTICE")
                .formParam("title", "没有令牌的稿件").formParam("body", "正文").post("/workbench/drafts");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(editor.get("/workbench").asString()).doesNotContain("没有令牌的稿件");
        Response forged = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, editor.session())
                .cookie("csrf-token", editor.csrf()).contentType(Staff.FORM).formParam("csrf-token", "forged-token-value")
                .formParam("channel", "tzgg").formParam("type", "NOTICE").formParam("title", "伪造令牌的稿件").formParam("body", "正文")
                .post("/workbench/drafts");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(editor.get("/workbench").asString()).doesNotContain("伪造令牌的稿件");
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        Staff editor = Staff.login("szfb-editor");
        assertThat(editor.get("/workbench").statusCode()).isEqualTo(200);
        assertThat(editor.post("/logout").statusCode()).isEqualTo(303);
        Response after = editor.get("/workbench");
        assertThat(after.statusCode()).as("the old cookie no longer works").isEqualTo(303);
        assertThat(after.getHeader("Location")).contains("/login?next=%2Fworkbench");
    }

    @Test
    void pagesNeedALoginAndTheApiSaysSoInProblemJson() {
        Response page = RestAssured.given().redirects().follow(false).get("/workbench/channels");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.getHeader("Location")).contains("/login?next=%2Fworkbench%2Fchannels");
        Response api = RestAssured.given().get("/api/v1/drafts");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.contentType()).contains("application/problem+json");
        assertThat(api.asString()).contains("请先登录");
    }

    @Test
    void aForbiddenPageSaysWhyInChinese() {
        Response r = Staff.login("szfb-editor").get("/workbench/audit");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.asString()).contains("无权操作").contains("监督考评");
    }

    @Test
    void loginNeverRedirectsOffSite() {
        assertThat(LoginResource.safeNext("//evil.example/x")).isEqualTo("/workbench");
        assertThat(LoginResource.safeNext("https://evil.example/")).isEqualTo("/workbench");
        assertThat(LoginResource.safeNext("/\\evil.example")).isEqualTo("/workbench");
        assertThat(LoginResource.safeNext("/workbench/drafts/3")).isEqualTo("/workbench/drafts/3");
    }

    @Test
    void passwordsAreStoredAsSaltedSlowHashes() {
        PasswordHasher hasher = io.quarkus.arc.Arc.container().instance(PasswordHasher.class).get();
        String a = hasher.hash("Kunshan-2018-secret");
        String b = hasher.hash("Kunshan-2018-secret");
        assertThat(a).startsWith("pbkdf2-sha256$").isNotEqualTo(b).doesNotContain("Kunshan");
        assertThat(hasher.verify("Kunshan-2018-secret", a)).isTrue();
        assertThat(hasher.verify("kunshan-2018-secret", a)).isFalse();
        assertThat(PasswordHasher.acceptable("short1")).isFalse();
        assertThat(PasswordHasher.acceptable("onlyletterslong")).isFalse();
        assertThat(PasswordHasher.acceptable("letters-and-123")).isTrue();
    }
}
