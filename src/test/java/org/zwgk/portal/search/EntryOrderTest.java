package org.zwgk.portal.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Compaction of a large index reorders its entries so that those sharing words sit together; a
 * document and its articles stay one block, in their own order, and every search finds the same.
 */
class EntryOrderTest {

    private static final AnalysisChain CHAIN = AnalysisChain.valueOf(AnalysisChain.KEPT);
    private static final String RIVER = "关于全面推行河长制工作的通知";
    private static final String ALLOWANCE = "城市居民最低生活保障办法";
    private static final int DOCUMENTS = 1_000;
    private static final int ARTICLES = 10;
    /** Notices about rivers and rules on allowances published in turn, each with its articles. */
    private static final ByteBuffersDirectory PUBLISHED = new ByteBuffersDirectory();

    @BeforeAll
    static void publish() throws Exception {
        DocumentIndexer indexer = new DocumentIndexer(CHAIN);
        Random kinds = new Random(2018);
        try (IndexWriter writer = new IndexWriter(PUBLISHED, SearchIndex.writerConfig(CHAIN).setMaxBufferedDocs(500))) {
            for (int i = 0; i < DOCUMENTS; i++) {
                boolean river = kinds.nextBoolean();
                String title = (river ? RIVER : ALLOWANCE) + "（" + i + "）";
                writer.addDocuments(indexer.toLuceneWithArticles(SearchIndexRecoveryTest.doc(i + 1, title, body(river))));
            }
            writer.commit();
        }
    }

    private static String body(boolean river) {
        String sentence = river
                ? "河道管理范围内禁止修建妨碍行洪的建筑物，河长负责组织领导相应河湖的管理和保护工作。"
                : "城市居民家庭人均收入低于当地最低生活保障标准的，可以申请领取最低生活保障待遇。";
        StringBuilder body = new StringBuilder();
        for (int a = 1; a <= ARTICLES; a++) {
            body.append("第").append(a).append("条 ").append(sentence.repeat(8)).append('\n');
        }
        return body.toString();
    }

    @Test
    void aLargeIndexIsReorderedAtCompactionAndFindsTheSame() throws Exception {
        try (IndexWriter writer = writer()) {
            Found before = found(writer);
            assertThat(before.entries()).as("each document and its articles").isEqualTo(DOCUMENTS * (1 + ARTICLES));
            assertThat(new EntryOrder(CHAIN, 5_000).forceMerge(writer)).as("reordered").isTrue();
            assertThat(EntryOrder.reordered(writer)).isTrue();
            Found after = found(writer);
            assertThat(after.rivers()).isEqualTo(before.rivers());
            assertThat(after.allowances()).isEqualTo(before.allowances());
            assertThat(after.riverArticleOwners()).isEqualTo(before.riverArticleOwners());
            // in publication order river notices are spread evenly; reordered, most of them share a half
            assertThat(before.riverShareOfFirstHalf()).isCloseTo(0.5, within(0.05));
            assertThat(Math.max(after.riverShareOfFirstHalf(), 1 - after.riverShareOfFirstHalf())).isGreaterThan(0.9);
        }
    }

    /** Compacted before it was large (or before this order existed): the next compaction reorders it anyway. */
    @Test
    void anIndexAlreadyInOneSegmentIsReorderedToo() throws Exception {
        try (IndexWriter writer = writer()) {
            writer.forceMerge(1);
            Found before = found(writer);
            assertThat(new EntryOrder(CHAIN, 5_000).forceMerge(writer)).isTrue();
            Found after = found(writer);
            assertThat(after.rivers()).isEqualTo(before.rivers());
            assertThat(Math.max(after.riverShareOfFirstHalf(), 1 - after.riverShareOfFirstHalf())).isGreaterThan(0.9);
            // and once reordered, a compaction with nothing new leaves it as it is
            assertThat(new EntryOrder(CHAIN, 5_000).forceMerge(writer)).isTrue();
            assertThat(found(writer).riverShareOfFirstHalf()).isEqualTo(after.riverShareOfFirstHalf());
        }
    }

    @Test
    void aSmallIndexKeepsItsOrder() throws Exception {
        try (IndexWriter writer = writer()) {
            assertThat(new EntryOrder(CHAIN, 1_000_000).forceMerge(writer)).isFalse();
            assertThat(EntryOrder.reordered(writer)).isFalse();
            assertThat(found(writer).riverShareOfFirstHalf()).isCloseTo(0.5, within(0.05));
        }
    }

    @Test
    void thePortalsCompactionReordersFromTheConfiguredNumberOfEntries() throws Exception {
        // portal.search.reorder-min-entries, through SearchIndex.compact as the nightly job calls it
        for (int minEntries : new int[]{5_000, 0}) {
            Path dataDir = Files.createTempDirectory(Path.of("target"), "index-");
            SearchIndex index = SearchIndexRecoveryTest.index(dataDir, CHAIN, minEntries);
            Path path = index.path();
            try {
                index.open();
                Random kinds = new Random(2018);
                for (int i = 0; i < DOCUMENTS; i++) {
                    boolean river = kinds.nextBoolean();
                    index.add(SearchIndexRecoveryTest.doc(i + 1, (river ? RIVER : ALLOWANCE) + "（" + i + "）", body(river)));
                }
                index.commit(Instant.now());
                index.compact(Instant.now());
                assertThat(index.segmentCount()).isEqualTo(1);
            } finally {
                index.close();
            }
            try (FSDirectory dir = FSDirectory.open(path); DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.maxDoc()).isEqualTo(DOCUMENTS * (1 + ARTICLES));
                assertBlocksWhole(reader);
                assertThat(EntryOrder.reordered(reader)).as("reordered from %d entries", minEntries).isEqualTo(minEntries > 0);
            }
        }
    }

    /** A writer on a copy of the published index, in the portal's configuration, several segments. */
    private static IndexWriter writer() throws Exception {
        Directory dir = new ByteBuffersDirectory();
        for (String file : PUBLISHED.listAll()) {
            dir.copyFrom(PUBLISHED, file, file, IOContext.DEFAULT);
        }
        assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).size()).isGreaterThan(1);
        return new IndexWriter(dir, SearchIndex.writerConfig(CHAIN));
    }

    private record Found(int entries, Set<String> rivers, Set<String> allowances, Set<Long> riverArticleOwners,
                         double riverShareOfFirstHalf) {
    }

    private static Found found(IndexWriter writer) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            assertBlocksWhole(reader);
            IndexSearcher searcher = new IndexSearcher(reader);
            Query river = new TermQuery(new Term(SearchFields.TITLE + SearchFields.BIGRAMS, "河长"));
            Query allowance = new TermQuery(new Term(SearchFields.TITLE + SearchFields.BIGRAMS, "保障"));
            Query riverArticle = new TermQuery(new Term(SearchFields.ARTICLE + SearchFields.BIGRAMS, "行洪"));
            ScoreDoc[] rivers = searcher.search(river, 10_000).scoreDocs;
            long firstHalf = java.util.Arrays.stream(rivers).filter(d -> d.doc < reader.maxDoc() / 2).count();
            Set<Long> owners = new TreeSet<>();
            for (ScoreDoc d : searcher.search(riverArticle, 100_000).scoreDocs) {
                owners.add(owner(reader, d.doc));
            }
            return new Found(reader.maxDoc(), ids(searcher, rivers), ids(searcher, searcher.search(allowance, 10_000).scoreDocs),
                    owners, (double) firstHalf / rivers.length);
        }
    }

    /** Every document is followed by its own articles, 第1条 to the last, before the next document. */
    private static void assertBlocksWhole(DirectoryReader reader) throws Exception {
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            NumericDocValues owners = leaf.reader().getNumericDocValues(SearchFields.OWNER_VALUE);
            long document = -1;
            int expected = 1;
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                String id = stored.document(doc, Set.of(SearchFields.ID)).get(SearchFields.ID);
                if (id != null) {
                    assertThat(expected).as("articles of document %d", document).isIn(1, ARTICLES + 1);
                    document = Long.parseLong(id);
                    expected = 1;
                    continue;
                }
                assertThat(owners.advanceExact(doc)).isTrue();
                assertThat(owners.longValue()).as("owner of entry %d", doc).isEqualTo(document);
                int number = stored.document(doc, Set.of(SearchFields.ARTICLE_NUMBER))
                        .getField(SearchFields.ARTICLE_NUMBER).numericValue().intValue();
                assertThat(number).as("article of document %d", document).isEqualTo(expected++);
            }
            assertThat(expected).as("articles of document %d", document).isEqualTo(ARTICLES + 1);
        }
    }

    private static long owner(DirectoryReader reader, int doc) throws Exception {
        LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
        NumericDocValues owners = leaf.reader().getNumericDocValues(SearchFields.OWNER_VALUE);
        assertThat(owners.advanceExact(doc - leaf.docBase)).isTrue();
        return owners.longValue();
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
