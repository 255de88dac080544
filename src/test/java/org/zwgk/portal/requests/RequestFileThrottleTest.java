package org.zwgk.portal.requests;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads of an answer's files count wrong code/secret pairs in the same window as the status
 * lookup: guessing through the download address is stopped like guessing through the lookup form.
 */
@QuarkusTest
@TestProfile(RequestFileThrottleTest.Profile.class)
class RequestFileThrottleTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> c = new HashMap<>(WorkbenchTestProfile.isolated("requestthrottle"));
            c.put("portal.requests.lookup-failures-per-hour", "3");
            return c;
        }
    }

    @Inject
    RequestFixtures fixtures;

    @Test
    void wrongSecretsOnDownloadsUseUpTheLookupAllowance() {
        RequestService.Receipt receipt = fixtures.answeredReceipt("szfb");
        Staff visitor = Staff.anonymous();
        for (int i = 0; i < 3; i++) {
            Response wrong = RequestFilesTest.download(visitor, receipt.trackingCode(), "WRONGSECRET00000", 1);
            assertThat(wrong.statusCode()).isEqualTo(404);
        }
        Response blocked = RequestFilesTest.download(visitor, receipt.trackingCode(), receipt.secret(), 1);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.asString()).contains("错误次数过多");
        // the status lookup is blocked too, even with the right pair: one allowance for both
        Response status = visitor.post("/ysqgk/status", Map.of("code", receipt.trackingCode(), "secret", receipt.secret()));
        assertThat(status.statusCode()).isEqualTo(429);
    }
}
