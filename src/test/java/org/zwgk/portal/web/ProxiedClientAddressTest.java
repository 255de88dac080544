package org.zwgk.portal.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.audit.AuditEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 1: through the real nginx with the shipped deploy/nginx/portal.conf, the address the
 * portal audits and throttles logins by is the one nginx saw, whatever X-Forwarded-For the client
 * sends. Its own profile: the last test leaves 127.0.0.1 throttled, which no other test may inherit.
 */
@QuarkusTest
@TestProfile(ProxiedClientAddressTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProxiedClientAddressTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return WorkbenchTestProfile.isolated("proxy");
        }
    }

    private static final String PASSWORD = "Kunshan-demo-2018";
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final List<String> LOOPBACK = List.of("127.0.0.1", "::1");

    static NginxProxy nginx;

    @BeforeAll
    static void startNginx() throws Exception {
        nginx = NginxProxy.start(ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class));
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
    }

    /** A login through nginx, as a client that sends its own X-Forwarded-For. */
    static Response loginThroughNginx(String username, String password, String forwardedFor) {
        Response page = RestAssured.given().baseUri("http://127.0.0.1").port(nginx.port).get("/login");
        assertThat(page.statusCode()).as("the login page through nginx:\n" + nginx.log()).isEqualTo(200);
        Matcher m = TOKEN.matcher(page.asString());
        assertThat(m.find()).as("the login form carries a CSRF token").isTrue();
        String csrf = page.getCookie("csrf-token") != null ? page.getCookie("csrf-token") : m.group(1);
        return RestAssured.given().baseUri("http://127.0.0.1").port(nginx.port).redirects().follow(false)
                .header("X-Forwarded-For", forwardedFor).cookie("csrf-token", csrf).contentType(FORM)
                .formParam("csrf-token", csrf).formParam("username", username).formParam("password", password)
                .formParam("next", "/workbench").post("/login");
    }

    static String lastLoginAddress(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent e = AuditEvent.<AuditEvent>find("action = ?1 and actor = ?2 order by id desc", "account.login", username)
                    .firstResult();
            assertThat(e).as("a login of " + username + " in the audit log").isNotNull();
            return e.address;
        });
    }

    /** Without portal.public-url (as here), links are written with the name the portal is reached by: nginx's own. */
    @Test
    @Order(0)
    void theLinksTheSiteWritesNeverTakeANameOrPortTheClientSent() {
        for (String feed : new String[]{"/sitemap.xml", "/robots.txt"}) {
            Response r = RestAssured.given().baseUri("http://127.0.0.1").port(nginx.port).header("Host", "evil.example")
                    .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "4444")
                    .header("Forwarded", "host=evil.example;proto=https").get(feed);
            assertThat(r.statusCode()).as(feed + "\n" + nginx.log()).isEqualTo(200);
            assertThat(r.asString()).as(feed).contains("portal.example.gov.cn").doesNotContain("evil.example")
                    // the port the client sent, not a prefix of the test server's own (CI: 44445 held ":4444")
                    .doesNotContainPattern(":4444(?!\\d)");
        }
    }

    @Test
    @Order(1)
    void aForgedForwardedForIsNotWhatTheAuditLogRecords() {
        assertThat(loginThroughNginx("czj-admin", PASSWORD, "6.6.6.99").statusCode()).isEqualTo(303);
        assertThat(lastLoginAddress("czj-admin")).as("the address nginx saw, not the one the client claimed").isIn(LOOPBACK);
    }

    @Test
    @Order(2)
    void aMalformedForwardedForGivesTheAddressNginxSawNotAnEmptyOne() {
        assertThat(loginThroughNginx("szfb-admin", PASSWORD, "not-an-ip").statusCode()).isEqualTo(303);
        assertThat(lastLoginAddress("szfb-admin")).isIn(LOOPBACK);
        assertThat(loginThroughNginx("czj-editor", PASSWORD, "6.6.6.99, not-an-ip, , 2001:db8::99").statusCode()).isEqualTo(303);
        assertThat(lastLoginAddress("czj-editor")).isIn(LOOPBACK);
    }

    /** Last: it leaves 127.0.0.1 throttled for this application instance. */
    @Test
    @Order(3)
    void aFreshForgedAddressPerTryDoesNotEscapeTheLoginThrottle() {
        List<Integer> statuses = new ArrayList<>();
        Response last = null;
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 26; i++) {
            // a fresh name too, so only the per-address limit (20 failures) can stop this
            last = loginThroughNginx("ghost-" + run + "-" + i, "wrong-password-" + i, "6.6." + (i / 250) + "." + (i % 250 + 1));
            statuses.add(last.statusCode());
        }
        assertThat(statuses).as("statuses of 26 wrong logins, each with a new X-Forwarded-For").contains(429);
        assertThat(statuses.subList(0, statuses.indexOf(429))).containsOnly(401);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.asString()).contains("分钟后再试");
    }
}
