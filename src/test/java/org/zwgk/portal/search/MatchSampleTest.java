package org.zwgk.portal.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchSampleTest {

    @Test
    void belowTheLimitCountsAreExactAboveItTheyAreScaledFromAnEvenSample() throws Exception {
        FacetsConfig config = new FacetsConfig();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < 10_000; i++) {
                Document d = new Document();
                d.add(new StringField("kind", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField("bucket", "b" + (i % 4)));
                w.addDocument(config.build(d));
                if (i % 2500 == 0) {
                    w.commit(); // several segments, as in a real index
                }
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery even = new TermQuery(new Term("kind", "even"));

            MatchSample all = MatchSample.of(searcher, even, 100_000);
            assertThat(all.exact()).isTrue();
            assertThat(all.seen()).isEqualTo(5000);
            assertThat(all.scale()).isEqualTo(1.0);
            assertThat(searcher.count(new MatchedDocsQuery(all.getMatchingDocs()))).isEqualTo(5000);

            MatchSample some = MatchSample.of(searcher, even, 1000);
            assertThat(some.exact()).isFalse();
            assertThat(some.seen()).isBetween(1000, 2000);
            assertThat(some.seen() * some.scale()).isCloseTo(5000, within(100.0));
            var counts = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(reader, config), some);
            assertThat(counts.getSpecificValue("bucket", "b0").doubleValue() * some.scale()).isCloseTo(2500, within(100.0));
            assertThat(counts.getSpecificValue("bucket", "b1").intValue()).isZero();
        }
    }

    /**
     * Entries that share words sit together once the index is reordered for speed: here the first
     * fifth of the index matches densely, the rest sparsely. A sample of the first matches in entry
     * order saw only the dense part and put the total at about four times what it is.
     */
    @Test
    void aTotalIsEstimatedFairlyWhenMatchesClusterInEntryOrder() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int matching = 0;
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < 200_000; i++) {
                boolean match = i < 40_000 ? i % 2 == 0 : i % 20 == 0;
                matching += match ? 1 : 0;
                Document d = new Document();
                d.add(new StringField("word", match ? "政府" : "其他", Field.Store.NO));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            MatchSample sample = MatchSample.of(searcher, new TermQuery(new Term("word", "政府")), 1000);
            assertThat(sample.exact()).isFalse();
            assertThat(matching).isEqualTo(28_000);
            assertThat(sample.seen() * sample.scale()).isCloseTo(matching, within(matching * 0.25));
        }
    }

    /**
     * A query with a few thousand matches among 200,000 entries in several segments: its first chunks
     * hold too few, so it is sampled again on bigger chunks, and the total is still about right
     * without every entry being looked at.
     */
    @Test
    void aSparseQueryIsSampledOnBiggerChunks() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int matching = 0;
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < 200_000; i++) {
                boolean match = i % 70 == 3;
                matching += match ? 1 : 0;
                Document d = new Document();
                d.add(new StringField("word", match ? "殡葬" : "其他", Field.Store.NO));
                w.addDocument(d);
                if (i % 30_000 == 0) {
                    w.commit();
                }
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            IndexSearcher searcher = new IndexSearcher(reader);
            MatchSample sample = MatchSample.of(searcher, new TermQuery(new Term("word", "殡葬")), 1000);
            assertThat(sample.exact()).isFalse();
            assertThat(sample.seen()).isBetween(1000, matching - 1);
            assertThat(sample.seen() * sample.scale()).isCloseTo(matching, within(matching * 0.1));
        }
    }
}
