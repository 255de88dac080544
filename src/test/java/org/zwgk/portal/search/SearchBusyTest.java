package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;

/** When every search slot stays taken past the queue timeout, citizens get a clear "busy" answer, not a hang or a 500. */
@QuarkusTest
@TestProfile(SearchBusyTest.OneSlot.class)
class SearchBusyTest {

    public static class OneSlot implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = WorkbenchTestProfile.isolated("busy");
            config.put("portal.search.concurrency", "1");
            config.put("portal.search.queue-timeout", "300ms");
            config.put("portal.search.result-cache-size", "0");
            return config;
        }
    }

    @Inject
    SearchGate gate;

    @Test
    void aSearchThatCannotGetItsTurnIsTurnedAwayInChineseAndTheNextOneIsAnswered() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> gate.run(() -> {
            inside.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        slow.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            given().queryParam("q", "政府信息公开").get("/api/v1/search").then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("请稍后再试"));
            given().queryParam("q", "政府信息公开").get("/search").then()
                    .statusCode(503).contentType(containsString("text/html"))
                    .body(containsString("当前检索请求较多"));
        } finally {
            release.countDown();
            slow.join(10_000);
        }
        given().queryParam("q", "政府信息公开").get("/api/v1/search").then()
                .statusCode(200).body("total", greaterThan(0));
    }
}
