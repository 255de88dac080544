package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal answers on IPv6 and IPv4 loopback alike (the plan's IPv6 requirement). Tests normally
 * bind to localhost; this one binds to "::" as production does and talks to both families.
 */
@QuarkusTest
@TestProfile(DualStackTest.AllAddresses.class)
class DualStackTest {

    public static class AllAddresses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.host", "::");
        }
    }

    @Test
    void homeAnswersOnIpv6AndIpv4() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpClient client = HttpClient.newHttpClient();
        for (String host : new String[]{"[::1]", "127.0.0.1"}) {
            URI uri = URI.create("http://" + host + ":" + port + "/");
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
            assertThat(response.body()).as(uri.toString()).contains("昆山市政府信息公开", "最新信息");
        }
    }
}
