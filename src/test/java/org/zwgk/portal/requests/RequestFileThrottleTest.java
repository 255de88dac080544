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
            c.put("portal.lookups.per-code", "3");
            return c;
        }
    }

    @Inject
    RequestFixtures fixtures;
    @Inject
    org.zwgk.portal.messages.MessageService messages;

    @Test
    void aRequestsStatusLookupIsThrottledLikeAMessagesFollowUp() {
        // one rule (web.LookupThrottle): wrong secrets use up the code's allowance, then further wrong ones
        // are refused, with the same words, on /ysqgk/status as on /hudong/follow and its API; the right
        // pair still opens (whoever knows a code cannot keep its citizen out)
        RequestService.Receipt request = fixtures.answeredReceipt("czj");
        org.zwgk.portal.messages.MessageInput in = new org.zwgk.portal.messages.MessageInput();
        in.type = "咨询";
        in.subject = "查询限制一致性测试";
        in.text = "查询限制一致性测试的内容。";
        in.contact = "test@example.com";
        in.publish = false;
        org.zwgk.portal.messages.MessageService.Receipt message = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> messages.submit(in, "198.51.100.77", () -> { }));
        Staff visitor = Staff.anonymous();
        for (int i = 0; i < 3; i++) {
            assertThat(visitor.post("/ysqgk/status", Map.of("code", request.trackingCode(), "secret", "WRONGSECRET0000" + i))
                    .statusCode()).isEqualTo(404);
            assertThat(visitor.post("/hudong/follow", Map.of("code", message.trackingCode(), "secret", "WRONG" + i))
                    .statusCode()).isEqualTo(404);
        }
        Response requestBlocked = visitor.post("/ysqgk/status", Map.of("code", request.trackingCode(), "secret", "WRONGSECRET00009"));
        Response messageBlocked = visitor.post("/hudong/follow", Map.of("code", message.trackingCode(), "secret", "WRONG9"));
        assertThat(requestBlocked.statusCode()).isEqualTo(429);
        assertThat(messageBlocked.statusCode()).isEqualTo(429);
        String refusal = "查询过于频繁，请稍后再试。";
        assertThat(org.jsoup.Jsoup.parse(requestBlocked.asString()).text()).contains(refusal);
        assertThat(org.jsoup.Jsoup.parse(messageBlocked.asString()).text()).contains(refusal);
        Response api = io.restassured.RestAssured.given().header("X-Message-Secret", "WRONG10")
                .get("/api/v1/messages/" + message.trackingCode());
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.jsonPath().getString("detail")).isEqualTo(refusal);

        assertThat(visitor.post("/ysqgk/status", Map.of("code", request.trackingCode(), "secret", request.secret()))
                .statusCode()).as("the applicant still gets in").isEqualTo(200);
        assertThat(visitor.post("/hudong/follow", Map.of("code", message.trackingCode(), "secret", message.secret()))
                .statusCode()).as("the citizen still gets in").isEqualTo(200);
    }

    @Test
    void wrongSecretsOnDownloadsUseUpTheLookupAllowance() {
        RequestService.Receipt receipt = fixtures.answeredReceipt("szfb");
        Staff visitor = Staff.anonymous();
        for (int i = 0; i < 3; i++) {
            Response wrong = RequestFilesTest.download(visitor, receipt.trackingCode(), "WRONGSECRET00000", 1);
            assertThat(wrong.statusCode()).isEqualTo(404);
        }
        Response blocked = RequestFilesTest.download(visitor, receipt.trackingCode(), "WRONGSECRET00001", 1);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.asString()).contains("查询过于频繁，请稍后再试。");
        // the status lookup counts in the same allowance: a wrong secret there is refused too
        Response status = visitor.post("/ysqgk/status", Map.of("code", receipt.trackingCode(), "secret", "WRONGSECRET00002"));
        assertThat(status.statusCode()).isEqualTo(429);
        assertThat(visitor.post("/ysqgk/status", Map.of("code", receipt.trackingCode(), "secret", receipt.secret()))
                .statusCode()).as("the applicant still gets in").isEqualTo(200);
    }
}
