package org.zwgk.portal.records;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 10,000-row CSV batch through the intake API (published at once), and the time until every row
 * is found by the record search. Not part of the normal run: {@code mvn -B test -Pbench
 * -Dtest=RecordIntakeBenchmark}; the figures go to docs/benchmarks.md.
 */
@QuarkusTest
@TestProfile(RecordIntakeBenchmark.Profile.class)
@Tag("benchmark")
class RecordIntakeBenchmark {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(WorkbenchTestProfile.isolated("records-bench"));
            config.put("quarkus.http.test-timeout", "900s");
            return config;
        }
    }

    static final int ROWS = Integer.getInteger("bench.records", 10_000);

    @Inject
    RecordFixtures fixtures;

    @Test
    void tenThousandRowCsvBatch() throws Exception {
        fixtures.publishAtOnce("czj", "xzxk", true);
        String token = fixtures.token("czj", "xzxk");
        StringBuilder csv = new StringBuilder("\uFEFFsourceKey,行政相对人名称,行政相对人类别,统一社会信用代码,行政许可决定文书名称,行政许可决定文书号,"
                + "许可类别,许可内容,许可决定日期,有效期自,有效期至,许可机关,当前状态\n");
        for (int i = 1; i <= ROWS; i++) {
            boolean person = i % 5 == 0;
            csv.append("BENCH-").append(i).append(',')
                    .append(person ? "王" + (char) ('甲' + i % 10) + "明" : "昆山测试" + i + "号有限公司").append(',')
                    .append(person ? "自然人" : "法人及非法人组织").append(',')
                    .append(person ? "" : "91320583MA1M" + String.format("%06d", i)).append(',')
                    .append("食品经营许可决定书,昆财许〔2026〕").append(i).append("号,普通,")
                    .append("\"食品经营（预包装食品销售），经营场所：昆山市某某路").append(i).append("号\",")
                    .append("2026-11-").append(10 + i % 15).append(",2026-11-25,2031-11-24,czj,有效\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        given().header("Authorization", "Bearer " + token).contentType("text/csv; charset=UTF-8").body(body)
                .post("/api/v1/records/xzxk/batches").then().statusCode(200);
        long answered = System.nanoTime();
        long searchable;
        while (true) {
            int total = given().get("/api/v1/search/records?type=xzxk&size=1").then().statusCode(200).extract().path("total");
            if (total >= ROWS) {
                searchable = System.nanoTime();
                break;
            }
            assertThat(System.nanoTime() - started).as("all rows searchable within 10 minutes").isLessThan(600_000_000_000L);
            Thread.sleep(50);
        }
        // spot check: a natural person's name is masked in the search as everywhere
        String hit = given().get("/api/v1/search/records?type=xzxk&q=昆财许〔2026〕5号").then().extract().asString();
        assertThat(hit).doesNotContain("王" + (char) ('甲' + 5) + "明");
        double batchS = (answered - started) / 1e9;
        double searchS = (searchable - started) / 1e9;
        String result = String.format("records intake: %d CSV rows (%d KB) in %.1f s (%.0f rows/s); all searchable %.1f s after the request started%n",
                ROWS, body.length / 1024, batchS, ROWS / batchS, searchS);
        System.out.print(result);
        Files.writeString(Path.of("target/records-benchmark.txt"), result);
    }
}
