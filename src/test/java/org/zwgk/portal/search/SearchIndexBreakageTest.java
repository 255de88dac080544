package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.Eventually;
import org.zwgk.portal.workflow.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 9: when the index breaks under the running portal (here its directory is deleted),
 * /q/health says DOWN, the index is reopened and rebuilt from the database without a restart, and
 * what was published while it was broken is findable afterwards. Item 13: health names no path.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class) // it publishes
class SearchIndexBreakageTest {

    @Inject
    SearchIndex index;

    @Inject
    SearchSync sync;

    @Inject
    Fixtures fixtures;

    @Test
    void aDeletedIndexDirectoryIsReportedDownThenRebuiltWithWhatWasPublishedMeanwhile() throws Exception {
        Response healthy = RestAssured.get("/q/health");
        assertThat(healthy.statusCode()).isEqualTo(200);
        assertThat(healthy.asString()).contains("Search index").contains("\"documents\"")
                .as("anonymous callers see UP/DOWN and counts, not where the data lives")
                .doesNotContain(index.path().toString()).doesNotContain(index.path().toAbsolutePath().getParent().toString())
                .doesNotContain("\"path\"");

        int recoveriesBefore = sync.recoveries();
        deleteRecursively(index.path());
        long whileBroken = fixtures.published("tzgg");
        Response broken = RestAssured.get("/q/health");
        if (sync.recoveries() == recoveriesBefore) {
            // the scheduled check has not repaired it yet (it runs every few seconds): health must say so
            assertThat(broken.statusCode()).as(broken.asString()).isEqualTo(503);
            assertThat(broken.asString()).contains("\"DOWN\"").contains("Search index")
                    .doesNotContain(index.path().toAbsolutePath().getParent().toString());
        }

        Eventually.within(Duration.ofSeconds(30), () -> {
            assertThat(sync.recoveries()).as("recovered without a restart").isGreaterThan(recoveriesBefore);
            assertThat(RestAssured.get("/q/health").statusCode()).isEqualTo(200);
        });
        assertThat(index.path().resolve("write.lock")).as("the directory was created again").exists();
        assertFindable(whileBroken, Duration.ofSeconds(2));
        Eventually.within(Duration.ofSeconds(2), () -> assertThat(index.documentCount()).as("every listed document is back")
                .isEqualTo(RestAssured.get("/api/v1/documents?size=1").jsonPath().getInt("total")));

        // and the reopened writer takes new publications as before
        assertFindable(fixtures.published("tzgg"), Duration.ofSeconds(5));
    }

    @Test
    void whileTheIndexCannotBeReopenedHealthStaysDownSearchesGoOnAndItRecoversOnceItCan() throws Exception {
        long before = fixtures.published("tzgg");
        assertFindable(before, Duration.ofSeconds(5));
        int recoveriesBefore = sync.recoveries();
        // a file where the directory was: like a disk gone read-only, every attempt to reopen fails
        deleteRecursively(index.path());
        Files.writeString(index.path(), "not a directory");
        long whileBroken = fixtures.published("tzgg");
        Eventually.within(Duration.ofSeconds(15), () -> assertThat(RestAssured.get("/q/health").asString())
                .contains("index recovery failed"));
        assertThat(RestAssured.get("/q/health").statusCode()).isEqualTo(503);
        assertThat(sync.recoveries()).isEqualTo(recoveriesBefore);
        assertFindable(before, Duration.ZERO); // searches go on from the last reader

        Files.delete(index.path());
        Eventually.within(Duration.ofSeconds(15), () -> {
            assertThat(sync.recoveries()).isGreaterThan(recoveriesBefore);
            assertThat(RestAssured.get("/q/health").statusCode()).isEqualTo(200);
        });
        assertFindable(whileBroken, Duration.ofSeconds(2));
    }

    private static void assertFindable(long documentId, Duration within) {
        String title = RestAssured.get("/api/v1/documents/" + documentId).jsonPath().getString("document.title");
        assertThat(title).isNotBlank();
        Eventually.within(within, () -> assertThat(RestAssured.given().queryParam("q", title).get("/api/v1/search").asString())
                .as("search finds " + title).contains("\"id\":" + documentId));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(dir).doesNotExist();
    }
}
