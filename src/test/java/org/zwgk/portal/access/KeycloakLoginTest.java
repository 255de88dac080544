package org.zwgk.portal.access;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login through a real Keycloak (deploy/dev/keycloak.sh starts it with deploy/keycloak/zwgk-realm.json):
 * the authorization-code flow for the workbench, realm roles and organization groups mapped to the
 * portal's roles, bearer tokens on the API, logout, and tokens from another realm refused.
 */
@QuarkusTest
@TestProfile(KeycloakLoginTest.KeycloakProfile.class)
@Tag("keycloak")
class KeycloakLoginTest {

    public static class KeycloakProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            KeycloakServer k = new KeycloakServer();
            Map<String, String> config = new java.util.HashMap<>(org.zwgk.portal.WorkbenchTestProfile.isolated("keycloak"));
            config.putAll(Map.of("portal.security.login", "KEYCLOAK",
                    "portal.security.demo-accounts", "false",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", k.url + "/realms/zwgk",
                    "quarkus.oidc.client-id", "zwgk-portal",
                    "quarkus.oidc.credentials.secret", KeycloakServer.clientSecret()));
            return config;
        }
    }

    static final String PASSWORD = "Keycloak-test-2018";
    static final KeycloakServer KEYCLOAK = new KeycloakServer();

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void users() throws Exception {
        KEYCLOAK.allowPortal("zwgk", "http://localhost:"
                + org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class));
        KEYCLOAK.user("zwgk", "kc-editor", PASSWORD, List.of("editor"), List.of("szfb"));
        KEYCLOAK.user("zwgk", "kc-auditor", PASSWORD, List.of("auditor"), List.of());
        KEYCLOAK.otherRealm("elsewhere");
        KEYCLOAK.user("elsewhere", "kc-editor", PASSWORD, List.of("editor", "site-admin"), List.of());
    }

    /**
     * A browser: follows redirects and keeps cookies per host. Like Chromium, it treats
     * http://localhost as a secure context and sends Secure cookies there (Keycloak's and ours).
     */
    static HttpClient browser() {
        CookieManager cookies = new CookieManager();
        java.net.CookieHandler localhostIsSecure = new java.net.CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws java.io.IOException {
                URI asSecure = "localhost".equals(uri.getHost()) ? URI.create(uri.toString().replaceFirst("^http:", "https:")) : uri;
                return cookies.get(asSecure, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws java.io.IOException {
                cookies.put(uri, headers);
            }
        };
        return HttpClient.newBuilder().cookieHandler(localhostIsSecure).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Goes to the login, is sent to Keycloak, fills its form, and comes back logged in. */
    HttpResponse<String> logIn(HttpClient browser, String username, String next) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(root + "login/sso?next=" + next)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.uri().toString()).as("sent to the realm's login page").startsWith(KEYCLOAK.url + "/realms/zwgk/");
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String post = action.group(1).replace("&amp;", "&");
        return browser.send(HttpRequest.newBuilder(URI.create(post)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakServer.form(Map.of("username", username, "password", PASSWORD,
                        "credentialId", "")))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCodeFlowLogsInAndMapsRolesAndOrganizations() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> workbench = logIn(browser, "kc-editor", "/workbench");
        assertThat(workbench.statusCode()).as(workbench.uri() + " " + workbench.body().replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")).isEqualTo(200);
        assertThat(workbench.uri().getPath()).isEqualTo("/workbench");
        assertThat(workbench.body()).contains("kc-editor").contains("昆山市人民政府办公室：撰稿");

        HttpResponse<String> channels = browser.send(HttpRequest.newBuilder(URI.create(root + "workbench/channels")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(channels.body()).contains("id=\"channel-tzgg\"").doesNotContain("id=\"channel-czyjs\"");
        HttpResponse<String> audit = browser.send(HttpRequest.newBuilder(URI.create(root + "workbench/audit")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(audit.statusCode()).as("an editor is no auditor").isEqualTo(403);

        // logout ends the Keycloak session too: the next login asks for the password again
        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(URI.create(root + "logout/sso")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.uri().toString()).startsWith(root.toString());
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(root + "workbench")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.uri().getPath()).isEqualTo("/login");
        assertThat(after.body()).contains("使用统一身份认证登录");
        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create(root + "login/sso?next=/workbench")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains("kc-form-login");
    }

    @Test
    void formsMayLeadToTheRealmAndNowhereElse() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("form-action 'self' " + KEYCLOAK.url + ";");
        assertThat(login.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void anAuditorFromTheRealmReadsTheAuditLog() throws Exception {
        HttpResponse<String> audit = logIn(browser(), "kc-auditor", "/workbench/audit");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("审计日志");
    }

    @Test
    void bearerTokensWriteThroughTheApiUnderTheSameOwnershipRule() throws Exception {
        String token = KEYCLOAK.token("zwgk", "zwgk-cli", "kc-editor", PASSWORD);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> own = http.send(api(token, "{\"channel\":\"tzgg\",\"type\":\"NOTICE\",\"title\":\"令牌创建的稿件\",\"body\":\"正文\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(own.body()).contains("\"author\":\"kc-editor\"").contains("\"organization\":\"szfb\"");
        HttpResponse<String> other = http.send(api(token, "{\"channel\":\"czyjs\",\"type\":\"NOTICE\",\"title\":\"别的单位\",\"body\":\"正文\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("权限");
    }

    @Test
    void aTokenOfAnotherClientOfTheRealmIsRefused() throws Exception {
        // security audit: the portal took any token of its realm, whichever application it was issued to
        KEYCLOAK.otherClient("zwgk", "zwgk-other-app");
        String other = KEYCLOAK.token("zwgk", "zwgk-other-app", "kc-editor", PASSWORD);
        HttpResponse<String> r = HttpClient.newHttpClient().send(api(other,
                "{\"channel\":\"tzgg\",\"type\":\"NOTICE\",\"title\":\"别的应用的令牌\",\"body\":\"正文\"}"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherRealmIsRefused() throws Exception {
        String foreign = KEYCLOAK.token("elsewhere", "zwgk-cli", "kc-editor", PASSWORD);
        HttpResponse<String> r = HttpClient.newHttpClient().send(api(foreign,
                "{\"channel\":\"tzgg\",\"type\":\"NOTICE\",\"title\":\"外来令牌\",\"body\":\"正文\"}"), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        HttpResponse<String> garbage = HttpClient.newHttpClient().send(api("not.a.token", "{}"), HttpResponse.BodyHandlers.ofString());
        assertThat(garbage.statusCode()).isEqualTo(401);
    }

    HttpRequest api(String token, String json) {
        return HttpRequest.newBuilder(URI.create(root + "api/v1/drafts")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
