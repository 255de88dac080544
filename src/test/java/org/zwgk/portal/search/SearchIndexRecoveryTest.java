package org.zwgk.portal.search;

import org.junit.jupiter.api.Test;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.documents.DocumentChanged;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.PublicDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is disposable: a corrupt one or one built by another chain is detected and started afresh. */
class SearchIndexRecoveryTest {

    static SearchIndex index(Path dataDir, AnalysisChain chain) {
        return index(dataDir, chain, 0);
    }

    /** {@code reorderMinEntries}: from how many entries the compaction reorders them, 0 never. */
    static SearchIndex index(Path dataDir, AnalysisChain chain, int reorderMinEntries) {
        PortalConfig portal = new PortalConfig() {
            public Path dataDir() { return dataDir; }
            public Path contentDir() { return Path.of("content"); }
            public java.util.Optional<String> publicUrl() { return java.util.Optional.empty(); }
            public Content content() { return () -> false; }
            public IndexNumber indexNumber() { return null; }
            public Security security() { return null; }
            public Workflow workflow() { return null; }
        };
        SearchConfig search = new SearchConfig() {
            public AnalysisChain analysis() { return chain; }
            public double maxStaleSeconds() { return 0.1; }
            public int resultCacheSize() { return 0; }
            public String compactCron() { return "off"; }
            public int reorderMinEntries() { return reorderMinEntries; }
            public int concurrency() { return 0; }
            public Duration queueTimeout() { return Duration.ofSeconds(10); }
        };
        return new SearchIndex(portal, search);
    }

    static PublicDocument doc(long id, String title) {
        return doc(id, title, title + "的正文");
    }

    static PublicDocument doc(long id, String title, String body) {
        return new PublicDocument(id, "KS/2024-0000" + id, title, null, DocumentType.NOTICE, "szfb", "市政府办公室",
                "tzgg", "通知公告", null, null, null, LocalDate.of(2024, 1, 1), Instant.now(), null, body, "/documents/" + id, null);
    }

    @Test
    void aNewIndexOpensFreshAndAReopenedOneIsReused() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "index-");
        SearchIndex index = index(dir, AnalysisChain.BIGRAMS);
        assertThat(index.open()).isEqualTo(SearchIndex.OpenState.FRESH);
        long seq = index.apply(new DocumentChanged(1, doc(1, "关于河长制的通知")));
        assertThat(index.awaitVisible(seq, Duration.ofSeconds(1))).isTrue();
        assertThat(index.documentCount()).isEqualTo(1);
        index.close();

        SearchIndex again = index(dir, AnalysisChain.BIGRAMS);
        assertThat(again.open()).isEqualTo(SearchIndex.OpenState.REUSED);
        assertThat(again.documentCount()).as("close commits").isEqualTo(1);
        assertThat(again.completeUpTo()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        again.close();
        // each open above took the index's write lock: closing released it

        SearchIndex otherChain = index(dir, AnalysisChain.WORDS);
        assertThat(otherChain.open()).isEqualTo(SearchIndex.OpenState.REBUILD_NEEDED);
        assertThat(otherChain.documentCount()).isZero();
        otherChain.close();
    }

    @Test
    void aCorruptIndexIsWipedForARebuild() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "index-");
        SearchIndex index = index(dir, AnalysisChain.BIGRAMS);
        index.open();
        index.apply(new DocumentChanged(1, doc(1, "关于河长制的通知")));
        index.close();
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        SearchIndex reopened = index(dir, AnalysisChain.BIGRAMS);
        assertThat(reopened.open()).isEqualTo(SearchIndex.OpenState.REBUILD_NEEDED);
        assertThat(reopened.documentCount()).isZero();
        reopened.close();
    }
}
