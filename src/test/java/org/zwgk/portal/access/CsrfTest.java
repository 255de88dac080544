package org.zwgk.portal.access;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.SeedDocuments;
import org.zwgk.portal.WorkbenchTestProfile;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSRF tokens bound to the session (issue 10, items 5 and 6): the login changes the token, one
 * session's token is refused in another, public pages set no cookie, and the JSON API takes only
 * JSON and, with the session cookie, only with the token in its header. A bearer token without the
 * session cookie needs no CSRF token (nothing a browser sends by itself): {@code KeycloakLoginTest}
 * writes drafts that way with a real Keycloak token, {@code RecordsFlowTest} with a personal API token.
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class CsrfTest {

    @TestHTTPResource("/")
    URL root;

    static final String DRAFT_JSON = "{\"channel\":\"tzgg\",\"type\":\"NOTICE\",\"title\":\"%s\",\"body\":\"正文\"}";

    @Test
    void publicPagesAttachmentsStylesAndTheApiSetNoCookie() {
        long seed = SeedDocuments.seedNoticeId();
        String attachment = RestAssured.given().get("/api/v1/documents/" + seed).jsonPath().getString("attachments[0].url");
        assertThat(attachment).startsWith("/attachments/");
        for (String path : new String[]{"/", "/xxgk", "/channels/zcwj", "/search?q=政务公开", "/documents/" + seed,
                attachment, "/css/site.css", "/api/v1/documents", "/api/v1/search?q=公开"}) {
            Response r = RestAssured.given().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.getHeaders().getValues("Set-Cookie")).as("cookies set by " + path).isEmpty();
        }
    }

    @Test
    void theLoginFormSetsTheCookieItsFormNeeds() {
        Response login = RestAssured.given().get("/login");
        String cookie = login.getCookie(CsrfTokens.COOKIE);
        assertThat(cookie).isNotBlank();
        assertThat(login.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(CsrfTokens.COOKIE)).findFirst().orElseThrow())
                .containsIgnoringCase("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax");
        assertThat(login.asString()).contains("value=\"" + cookie + "\"");
    }

    @Test
    void theTokenOfTheLoginFormIsRefusedOnceLoggedIn() {
        String before = Staff.csrfFromLoginPage();
        Response login = RestAssured.given().redirects().follow(false).cookie(CsrfTokens.COOKIE, before).contentType(Staff.FORM)
                .formParam("csrf-token", before).formParam("username", "szfb-editor").formParam("password", Staff.PASSWORD)
                .formParam("next", "/workbench").post("/login");
        assertThat(login.statusCode()).isEqualTo(303);
        String session = login.getCookie(SessionCookie.NAME);

        Response stale = draftForm(session, before, before, "登录前令牌的稿件");
        assertThat(stale.statusCode()).as("the token from before the login").isEqualTo(400);
        assertThat(stale.asString()).contains("页面已过期");

        String after = Staff.csrfOfSession(session);
        assertThat(after).isNotEqualTo(before);
        assertThat(draftForm(session, before, after, "登录后令牌的稿件").statusCode()).isEqualTo(303);
        Staff editor = Staff.login("szfb-editor");
        assertThat(editor.get("/workbench").asString()).contains("登录后令牌的稿件").doesNotContain("登录前令牌的稿件");
    }

    @Test
    void aCitizensFormRefusedForItsTokenShowsBackWhatWasWrittenButNoSecret() {
        String description = "请公开本市2025年老旧小区改造项目的资金使用情况，包括各项目的预算和实际支出明细。";
        // the browser posts the site's own form (its Origin is this site) after the token ran out
        String origin = "http://localhost:" + RestAssured.port;
        Response refused = RestAssured.given().contentType(Staff.FORM).header("Origin", origin)
                .formParam("organization", "czj").formParam("applicantType", "PERSON").formParam("description", description)
                .formParam("phone", "13912345678").post("/ysqgk");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.getHeader("Cache-Control")).contains("no-store");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(page.text()).contains("页面已过期").contains("请返回原页面重新打开表单");
        // each value under its field's label, the phone number too; the selects' codes are not shown
        assertThat(page.select("#written textarea").eachText()).containsExactly("13912345678", description);
        assertThat(page.select("#written label").eachText()).containsExactly("联系电话",
                "所需政府信息的名称、文号或者便于查询的其他特征性描述");
        assertThat(page.select("#written").text()).doesNotContain("czj").doesNotContain("PERSON");
        // no Referer: the link leads to the form's own page
        assertThat(page.select("#back-to-form").attr("href")).isEqualTo("/ysqgk");

        // another site's forged post is refused the same way, but the portal does not show its words
        String spoof = "昆山市人民政府郑重声明：所有市民须于今日前向以下账户缴纳保证金。";
        for (Response forged : List.of(
                RestAssured.given().contentType(Staff.FORM).header("Origin", "https://evil.example")
                        .formParam("description", spoof).post("/ysqgk"),
                RestAssured.given().contentType(Staff.FORM).formParam("description", spoof).post("/ysqgk"))) {
            assertThat(forged.statusCode()).isEqualTo(400);
            assertThat(forged.asString()).contains("页面已过期").doesNotContain(spoof);
        }

        Response login = RestAssured.given().contentType(Staff.FORM).formParam("username", "szfb-editor")
                .formParam("password", "Some-long-password-typed-2026").post("/login");
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.asString()).doesNotContain("Some-long-password-typed-2026");
    }

    @Test
    void anExpiredLetterLeadsBackToTheFormWithEachFieldNamedAndNoChoiceCodeOrToken() {
        String origin = "http://localhost:" + RestAssured.port;
        String text = "小区门口的路灯坏了两个月，晚上出行很不方便，请尽快维修。";
        Response refused = RestAssured.given().contentType(Staff.FORM).header("Origin", origin)
                .header("Referer", origin + "/hudong/write?from=home")
                .formParam("formToken", "a-long-signed-form-token-0123456789abcdef")
                .formParam("type", "咨询").formParam("organization", "czj").formParam("subject", "路灯维修")
                .formParam("text", text).formParam("contact", "0512-57501234").formParam("publish", "true")
                .post("/hudong/write");
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(page.select("#back-to-form").attr("href")).isEqualTo("/hudong/write?from=home");
        assertThat(page.select("#written label").eachText()).containsExactly("标题", "来信内容", "联系方式（电话或电子邮箱）");
        assertThat(page.select("#written textarea").eachText()).containsExactly("路灯维修", text, "0512-57501234");
        assertThat(page.select("#written textarea").eachAttr("id")).allSatisfy(id ->
                assertThat(page.select("label[for=" + id + "]")).hasSize(1));
        assertThat(page.select("#written").text()).doesNotContain("咨询").doesNotContain("a-long-signed-form-token");

        // another site's page as Referer is no way back: the form's own path is
        Response elsewhere = RestAssured.given().contentType(Staff.FORM).header("Origin", origin)
                .header("Referer", "https://evil.example/hudong/write").formParam("subject", "路灯维修").post("/hudong/write");
        assertThat(org.jsoup.Jsoup.parse(elsewhere.asString()).select("#back-to-form").attr("href")).isEqualTo("/hudong/write");
    }

    @Test
    void oneSessionsTokenIsRefusedInAnother() {
        Staff a = Staff.login("szfb-editor");
        Staff b = Staff.login("szfb-editor");
        assertThat(a.csrf()).isNotEqualTo(b.csrf());
        Response crossed = draftForm(b.session(), null, a.csrf(), "另一会话令牌的稿件");
        assertThat(crossed.statusCode()).isEqualTo(400);
        assertThat(draftForm(b.session(), null, b.csrf(), "本会话令牌的稿件").statusCode()).isEqualTo(303);
        assertThat(b.get("/workbench").asString()).contains("本会话令牌的稿件").doesNotContain("另一会话令牌的稿件");
        assertThat(a.post("/logout").statusCode()).isEqualTo(303);
    }

    @Test
    void staffPagesSetNoCsrfCookieTheSessionIsTheBinding() {
        Staff editor = Staff.login("szfb-editor");
        Response page = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, editor.session()).get("/workbench");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("value=\"" + editor.csrf() + "\"");
        assertThat(page.getHeaders().getValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theApiTakesOnlyJson() throws Exception {
        Staff editor = Staff.login("szfb-editor");
        // java.net.http sends no Content-Type unless told to (RestAssured always adds one)
        HttpResponse<String> none = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "api/v1/drafts"))
                .header("Cookie", SessionCookie.NAME + "=" + editor.session()).header(CsrfTokens.HEADER, editor.csrf())
                .POST(HttpRequest.BodyPublishers.ofString(String.format(DRAFT_JSON, "无类型的稿件"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.request().headers().firstValue("Content-Type")).isEmpty();
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(none.body()).contains("\"status\":415").contains("application/json");
        Response form = editor.given().contentType(Staff.FORM).formParam("channel", "tzgg").formParam("title", "表单的稿件")
                .post("/api/v1/drafts");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(editor.get("/api/v1/drafts").asString()).doesNotContain("无类型的稿件").doesNotContain("表单的稿件");
    }

    @Test
    void withTheSessionCookieTheApiWantsTheTokenInItsHeader() {
        Staff editor = Staff.login("szfb-editor");
        Response noHeader = RestAssured.given().cookie(SessionCookie.NAME, editor.session()).contentType("application/json")
                .body(String.format(DRAFT_JSON, "无令牌头的稿件")).post("/api/v1/drafts");
        assertThat(noHeader.statusCode()).isEqualTo(403);
        assertThat(noHeader.contentType()).startsWith("application/problem+json");
        assertThat(noHeader.jsonPath().getString("detail")).contains("X-CSRF-Token");

        Response wrong = RestAssured.given().cookie(SessionCookie.NAME, editor.session()).contentType("application/json")
                .header(CsrfTokens.HEADER, Staff.login("szfb-editor").csrf())
                .body(String.format(DRAFT_JSON, "错令牌头的稿件")).post("/api/v1/drafts");
        assertThat(wrong.statusCode()).isEqualTo(403);

        // any Authorization header beside the session cookie does not excuse the token: the cookie is what logs in
        for (String junk : java.util.List.of("Bearer junk", "Basic eDp4")) {
            Response withJunk = RestAssured.given().cookie(SessionCookie.NAME, editor.session()).contentType("application/json")
                    .header("Authorization", junk).body(String.format(DRAFT_JSON, "带无效认证头的稿件")).post("/api/v1/drafts");
            assertThat(withJunk.statusCode()).as(junk).isEqualTo(403);
        }

        Response crossSite = editor.given().contentType("application/json").header("Sec-Fetch-Site", "cross-site")
                .body(String.format(DRAFT_JSON, "跨站的稿件")).post("/api/v1/drafts");
        assertThat(crossSite.statusCode()).isEqualTo(403);

        // a script reads its token from any answer of the API, and writes with it
        Response list = RestAssured.given().cookie(SessionCookie.NAME, editor.session()).get("/api/v1/drafts");
        String token = list.getHeader(CsrfTokens.HEADER);
        assertThat(token).isEqualTo(editor.csrf());
        Response ok = RestAssured.given().cookie(SessionCookie.NAME, editor.session()).contentType("application/json")
                .header(CsrfTokens.HEADER, token).body(String.format(DRAFT_JSON, "带令牌头的稿件")).post("/api/v1/drafts");
        assertThat(ok.statusCode()).isEqualTo(201);
        long id = ok.jsonPath().getLong("id");
        Response put = editor.given().contentType("application/json")
                .body("{\"lockVersion\":" + ok.jsonPath().getLong("lockVersion") + ",\"type\":\"NOTICE\",\"title\":\"带令牌头的稿件（改）\",\"body\":\"正文\"}")
                .put("/api/v1/drafts/" + id);
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(editor.get("/api/v1/drafts").asString()).contains("带令牌头的稿件（改）")
                .doesNotContain("无令牌头的稿件").doesNotContain("错令牌头的稿件").doesNotContain("跨站的稿件");
    }

    @Test
    void anonymousApiWritesStillGet401() {
        Response r = RestAssured.given().contentType("application/json").body(String.format(DRAFT_JSON, "匿名的稿件"))
                .post("/api/v1/drafts");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    /** The draft form as a browser would post it: the session cookie, the pre-login cookie if any, the field. */
    static Response draftForm(String session, String csrfCookie, String field, String title) {
        var spec = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, session);
        if (csrfCookie != null) {
            spec = spec.cookie(CsrfTokens.COOKIE, csrfCookie);
        }
        return spec.contentType(Staff.FORM).formParams(Map.of("csrf-token", field, "channel", "tzgg", "type", "NOTICE",
                "title", title, "body", "正文")).post("/workbench/drafts");
    }
}
