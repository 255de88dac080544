package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10, item 11: the application's own security headers, without nginx in front. */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class SecurityHeadersTest {

    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    static void assertSecurityHeaders(Response r, String what) {
        assertThat(r.getHeader("Content-Security-Policy")).as(what).isEqualTo(CSP);
        assertThat(r.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(r.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(r.getHeader("X-Frame-Options")).as(what).isEqualTo("SAMEORIGIN");
    }

    static Response get(String path) {
        return RestAssured.given().redirects().follow(false).get(path);
    }

    @Test
    void publicPagesAndTheirFilesCarryTheHeadersAndStayCacheable() {
        for (String path : List.of("/", "/xxgk", "/search?q=政务公开", "/css/site.css", "/js/suggest.js", "/no-such-page")) {
            Response r = get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 404);
            assertSecurityHeaders(r, path);
            assertThat(String.valueOf(r.getHeader("Cache-Control"))).as(path + " is for everyone: caches may keep it").doesNotContain("no-store");
        }
    }

    @Test
    void theApiCarriesTheHeaders() {
        Response documents = get("/api/v1/documents");
        assertThat(documents.statusCode()).isEqualTo(200);
        assertThat(documents.contentType()).contains("application/json");
        assertSecurityHeaders(documents, "/api/v1/documents");
        Response drafts = get("/api/v1/drafts");
        assertThat(drafts.statusCode()).isEqualTo(401);
        assertSecurityHeaders(drafts, "/api/v1/drafts");
        assertThat(drafts.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void staffPagesAreNeverStored() {
        for (String path : List.of("/login", "/workbench", "/account/password", "/workbench/audit")) {
            Response r = get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 303);
            assertSecurityHeaders(r, path);
            assertThat(r.getHeader("Cache-Control")).as(path).isEqualTo("no-store");
        }
        Response page = get("/login");
        Matcher m = TOKEN.matcher(page.asString());
        assertThat(m.find()).isTrue();
        String csrf = page.getCookie("csrf-token") != null ? page.getCookie("csrf-token") : m.group(1);
        Response login = RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf)
                .formParam("username", "szfb-editor").formParam("password", "Kunshan-demo-2018").formParam("next", "/workbench")
                .post("/login");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.getHeader("Cache-Control")).isEqualTo("no-store");
        String session = login.getCookie("zwgk_session");
        assertThat(session).as("session cookie").isNotBlank();
        for (String path : List.of("/workbench", "/workbench/channels", "/api/v1/drafts", "/account/password")) {
            Response r = RestAssured.given().redirects().follow(false).cookie("zwgk_session", session).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertSecurityHeaders(r, path);
            assertThat(r.getHeader("Cache-Control")).as(path).isEqualTo("no-store");
        }
        Response publicPageLoggedIn = RestAssured.given().cookie("zwgk_session", session).get("/");
        assertThat(publicPageLoggedIn.getHeader("Cache-Control")).as("any response to a logged-in person").isEqualTo("no-store");
    }

    @Test
    void withKeycloakFormsMayAlsoGoToTheRealm() {
        Optional<String> origin = SecurityHeaders.origin("https://sso.example.gov.cn:8443/realms/zwgk");
        assertThat(origin).contains("https://sso.example.gov.cn:8443");
        assertThat(SecurityHeaders.contentSecurityPolicy(origin)).contains("form-action 'self' https://sso.example.gov.cn:8443;");
        assertThat(SecurityHeaders.origin("HTTP://user@sso.example.gov.cn/realms/zwgk")).contains("http://sso.example.gov.cn");
        assertThat(SecurityHeaders.origin("not a url")).isEmpty();
        assertThat(SecurityHeaders.contentSecurityPolicy(Optional.empty())).isEqualTo(CSP);
    }

    /** The policy allows no inline script or style: the templates must not need any. */
    @Test
    void templatesHaveNoInlineScriptOrStyle() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle\\s*=|\\son[a-z]+\\s*=|javascript:",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = inline.matcher(Files.readString(f));
                if (m.find()) {
                    org.assertj.core.api.Assertions.fail(f + " has inline script or style, which the CSP blocks: " + m.group());
                }
            }
        }
    }
}
