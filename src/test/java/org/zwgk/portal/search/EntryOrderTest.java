package org.zwgk.portal.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class EntryOrderTest {

    private static final String RIVER = "关于全面推行河长制工作的通知";
    private static final String ALLOWANCE = "城市居民最低生活保障办法";

    /**
     * Notices about rivers and rules on allowances published in turn: after a compaction of a large
     * index each kind sits together, and every search finds what it found before, counted the same.
     */
    @Test
    void aLargeIndexIsReorderedAtCompactionAndFindsTheSame() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        try (IndexWriter writer = writer(dir, chain)) {
            Found before = found(writer);
            assertThat(new EntryOrder(chain, 5_000).forceMerge(writer)).as("reordered").isTrue();
            assertThat(EntryOrder.reordered(writer)).isTrue();
            Found after = found(writer);
            assertThat(after.rivers()).isEqualTo(before.rivers());
            assertThat(after.allowances()).isEqualTo(before.allowances());
            // in publication order river notices are spread evenly; reordered, most of them share a half
            assertThat(before.riverShareOfFirstHalf()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(0.03));
            assertThat(Math.max(after.riverShareOfFirstHalf(), 1 - after.riverShareOfFirstHalf())).isGreaterThan(0.9);
        }
    }

    /** Compacted before it was large (or before this order existed): the next compaction reorders it anyway. */
    @Test
    void anIndexAlreadyInOneSegmentIsReorderedToo() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        try (IndexWriter writer = writer(dir, chain)) {
            writer.forceMerge(1);
            Found before = found(writer);
            assertThat(new EntryOrder(chain, 5_000).forceMerge(writer)).isTrue();
            Found after = found(writer);
            assertThat(after.rivers()).isEqualTo(before.rivers());
            assertThat(Math.max(after.riverShareOfFirstHalf(), 1 - after.riverShareOfFirstHalf())).isGreaterThan(0.9);
            // and once reordered, a compaction with nothing new leaves it as it is
            assertThat(new EntryOrder(chain, 5_000).forceMerge(writer)).isTrue();
            assertThat(found(writer).riverShareOfFirstHalf()).isEqualTo(after.riverShareOfFirstHalf());
        }
    }

    @Test
    void aSmallIndexKeepsItsOrder() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        try (IndexWriter writer = writer(dir, chain)) {
            assertThat(new EntryOrder(chain, 1_000_000).forceMerge(writer)).isFalse();
            assertThat(EntryOrder.reordered(writer)).isFalse();
            assertThat(found(writer).riverShareOfFirstHalf()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(0.03));
        }
    }

    private static IndexWriter writer(ByteBuffersDirectory dir, AnalysisChain chain) throws Exception {
        DocumentIndexer indexer = new DocumentIndexer(chain);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(chain.analyzer()).setMaxBufferedDocs(300)
                .setMergePolicy(new org.apache.lucene.index.TieredMergePolicy().setSegmentsPerTier(5)));
        java.util.Random kinds = new java.util.Random(2018);
        for (int i = 0; i < 10_000; i++) {
            writer.addDocument(indexer.toLucene(SearchIndexRecoveryTest.doc(i + 1, (kinds.nextBoolean() ? RIVER : ALLOWANCE) + "（" + i + "）")));
        }
        writer.commit();
        return writer;
    }

    private record Found(Set<String> rivers, Set<String> allowances, double riverShareOfFirstHalf) {
    }

    private static Found found(IndexWriter writer) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query river = new TermQuery(new Term(SearchFields.TITLE + SearchFields.BIGRAMS, "河长"));
            Query allowance = new TermQuery(new Term(SearchFields.TITLE + SearchFields.BIGRAMS, "保障"));
            ScoreDoc[] rivers = searcher.search(river, 10_000).scoreDocs;
            long firstHalf = java.util.Arrays.stream(rivers).filter(d -> d.doc < reader.maxDoc() / 2).count();
            return new Found(ids(searcher, rivers), ids(searcher, searcher.search(allowance, 10_000).scoreDocs),
                    (double) firstHalf / rivers.length);
        }
    }

    private static Set<String> ids(IndexSearcher searcher, ScoreDoc[] docs) throws Exception {
        StoredFields stored = searcher.storedFields();
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : docs) {
            out.add(stored.document(d.doc).get(SearchFields.ID));
        }
        assertThat(out).isNotEmpty();
        return new TreeSet<>(out);
    }
}
