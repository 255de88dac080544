package org.zwgk.portal.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The real Keycloak that deploy/dev/keycloak.sh started, through its admin REST API: the tests make
 * their users there (roles, organization groups, passwords) and get tokens from it.
 */
public final class KeycloakServer {

    static final Path PROPERTIES = Path.of("target/keycloak/keycloak.properties");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    final String url;
    private final Properties props = new Properties();

    KeycloakServer() {
        if (!Files.exists(PROPERTIES)) {
            throw new IllegalStateException("no Keycloak for the tests: run `bash deploy/dev/keycloak.sh` (the README's test command does)");
        }
        try (InputStream in = Files.newInputStream(PROPERTIES)) {
            props.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        url = props.getProperty("url");
    }

    static String clientSecret() {
        KeycloakServer k = new KeycloakServer();
        return k.props.getProperty("client.secret");
    }

    String adminToken() throws Exception {
        return token("master", "admin-cli", props.getProperty("admin.username"), props.getProperty("admin.password"));
    }

    /** A password-grant token: how an editor's script gets one for the API. */
    String token(String realm, String client, String username, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", client,
                        "username", username, "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token from " + realm + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    /** Creates (or recreates) a user with a password, realm roles and organization groups. */
    void user(String realm, String username, String password, List<String> roles, List<String> groups) throws Exception {
        String admin = adminToken();
        String base = url + "/admin/realms/" + realm;
        JsonNode existing = get(admin, base + "/users?exact=true&username=" + username);
        for (JsonNode u : existing) {
            send(admin, "DELETE", base + "/users/" + u.get("id").asText(), null);
        }
        send(admin, "POST", base + "/users", Map.of("username", username, "enabled", true, "firstName", username,
                "lastName", "测试", "email", username + "@example.gov.cn", "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        String id = get(admin, base + "/users?exact=true&username=" + username).get(0).get("id").asText();
        List<Object> roleReps = new java.util.ArrayList<>();
        for (String role : roles) {
            roleReps.add(JSON.convertValue(get(admin, base + "/roles/" + role), Map.class));
        }
        if (!roleReps.isEmpty()) {
            send(admin, "POST", base + "/users/" + id + "/role-mappings/realm", roleReps);
        }
        for (String group : groups) {
            String gid = get(admin, base + "/groups?exact=true&search=" + group).get(0).get("id").asText();
            send(admin, "PUT", base + "/users/" + id + "/groups/" + gid, null);
        }
    }

    /**
     * Lets the portal at {@code portalUrl} (scheme://host:port) log in through the realm's zwgk-portal
     * client, as rendering the realm with that URL would (deploy/keycloak/render-realm.sh): the realm
     * was imported with deploy/dev/keycloak.sh's ZWGK_PORTAL_URL, and the tests may run on another port.
     */
    void allowPortal(String realm, String portalUrl) throws Exception {
        String admin = adminToken();
        String clients = url + "/admin/realms/" + realm + "/clients";
        com.fasterxml.jackson.databind.node.ObjectNode client =
                (com.fasterxml.jackson.databind.node.ObjectNode) get(admin, clients + "?clientId=zwgk-portal").get(0);
        boolean changed = addTo(client.withArray("redirectUris"), portalUrl + "/*");
        changed |= addTo(client.withArray("webOrigins"), portalUrl);
        com.fasterxml.jackson.databind.node.ObjectNode attributes = client.withObject("/attributes");
        String logout = attributes.path("post.logout.redirect.uris").asText("");
        if (!List.of(logout.split("##")).contains(portalUrl + "/*")) {
            attributes.put("post.logout.redirect.uris", logout.isEmpty() ? portalUrl + "/*" : logout + "##" + portalUrl + "/*");
            changed = true;
        }
        if (changed) {
            send(admin, "PUT", clients + "/" + client.get("id").asText(), client);
        }
    }

    private static boolean addTo(com.fasterxml.jackson.databind.node.ArrayNode values, String value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return false;
            }
        }
        values.add(value);
        return true;
    }

    /** Another public client of {@code realm}, with password grants and no audience mapper: a token meant for something else. */
    void otherClient(String realm, String clientId) throws Exception {
        String admin = adminToken();
        String clients = url + "/admin/realms/" + realm + "/clients";
        if (get(admin, clients + "?clientId=" + clientId).isEmpty()) {
            send(admin, "POST", clients, Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                    "standardFlowEnabled", false));
        }
    }

    /** A second realm with a public client, to show that its tokens are refused. */
    void otherRealm(String realm) throws Exception {
        String admin = adminToken();
        if (http.send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + realm)).header("Authorization", "Bearer " + admin)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
            return;
        }
        send(admin, "POST", url + "/admin/realms", Map.of("realm", realm, "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", "site-admin"), Map.of("name", "editor"))),
                "clients", List.of(Map.of("clientId", "zwgk-cli", "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false))));
    }

    private JsonNode get(String token, String address) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(address)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(address + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private void send(String token, String method, String address, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + address + ": " + r.statusCode() + " " + r.body());
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
