package org.zwgk.portal.records;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.search.EntryIndex;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Retention: a penalty record whose public period (公示截止期) ends today is public everywhere today and
 * gone from every public path the moment the day passes — list page and its filter choices, the
 * record's page, the API, the open-data downloads, the public search and its facet counts — without
 * a restart or a change to the record; the scheduled sweep then drops it from the search index.
 */
@QuarkusTest
@TestProfile(RecordExpiryTestProfile.class)
class RecordExpiryTest {

    @Inject
    RecordFixtures fixtures;
    @Inject
    EntryIndex entryIndex;
    @Inject
    Clock clock;

    @Test
    void aPenaltyPastItsPublicPeriodLeavesEveryPublicPathAtOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PortalConfig.ZONE);
        fixtures.publishAtOnce("czj", "xzcf", true);
        String token = fixtures.token("czj", "xzcf");
        Map<String, String> penalty = new HashMap<>(RecordSamples.good("xzcf"));
        penalty.put("penaltyAuthority", "czj");
        penalty.put("decisionNumber", "昆财罚〔2026〕88号");
        penalty.put("penaltyCategory", "通报批评");
        penalty.put("publicUntil", today.toString());
        RecordsFlowTest.send(token, "xzcf", "[" + RecordsFlowTest.json(penalty, "CF-EXPIRY-1") + "]").then().statusCode(200)
                .body("published", equalTo(1));
        long id = given().get("/api/v1/records/xzcf?q=昆财罚〔2026〕88号").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getLong("results[0].id");

        // today is its last public day: public everywhere
        given().get("/api/v1/search/records?q=昆财罚〔2026〕88号").then().statusCode(200).body("total", equalTo(1))
                .body("facets.处罚类别.通报批评", equalTo(1));
        given().get("/api/v1/search/records?type=xzcf").then().body("facets.处罚类别.通报批评", equalTo(1));
        given().get("/records/xzcf/" + id).then().statusCode(200);
        assertThat(given().get("/records/xzcf").then().statusCode(200).extract().asString())
                .contains("昆财罚〔2026〕88号").contains("通报批评（1）");
        assertThat(csv()).contains("昆财罚〔2026〕88号");

        MovableClock.advance(Duration.ofDays(1));
        try {
            // the day after: gone from search hits and facet counts, with nothing re-indexed
            given().get("/api/v1/search/records?q=昆财罚〔2026〕88号").then().statusCode(200).body("total", equalTo(0));
            given().get("/api/v1/search/records?type=xzcf").then().statusCode(200)
                    .body("facets.处罚类别.通报批评", nullValue());
            assertThat(given().get("/search?q=昆财罚〔2026〕88号").then().statusCode(200).extract().asString())
                    .doesNotContain("/records/xzcf/" + id);
            // and from the pages, the list's filter choices, the API and open data
            given().get("/records/xzcf/" + id).then().statusCode(404);
            given().get("/api/v1/records/xzcf/" + id).then().statusCode(404);
            given().get("/api/v1/records/xzcf?q=昆财罚〔2026〕88号").then().body("total", equalTo(0));
            String list = given().get("/records/xzcf").then().statusCode(200).extract().asString();
            // a declared choice stays in the filter, no longer counting the record
            assertThat(list).doesNotContain("昆财罚〔2026〕88号").doesNotContain("通报批评（1）").contains("通报批评（0）");
            assertThat(csv()).doesNotContain("昆财罚〔2026〕88号");
            assertThat(given().get("/opendata/xzcf.json").then().statusCode(200).extract().asString())
                    .doesNotContain("昆财罚〔2026〕88号");

            // the dataset changed when the record left: dct:modified says so
            String modified = given().get("/api/v1/datasets").then().statusCode(200).extract().jsonPath()
                    .getString("'dcat:dataset'.find { it.'dct:identifier' == 'xzcf' }.'dct:modified'");
            assertThat(java.time.Instant.parse(modified))
                    .isEqualTo(today.plusDays(1).atStartOfDay(PortalConfig.ZONE).toInstant());

            // the scheduled sweep drops it from the index itself; a second sweep finds nothing more
            assertThat(entryIndex.removeExpired()).isEqualTo(1);
            assertThat(entryIndex.removeExpired()).isZero();
        } finally {
            MovableClock.advance(Duration.ofDays(-1));
        }
        // back on its last public day, the record is public again, but the index entry is gone until
        // a change or rebuild: the sweep only ever runs with the real clock moving forward
    }

    private static String csv() {
        return new String(given().get("/opendata/xzcf.csv").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
    }
}
