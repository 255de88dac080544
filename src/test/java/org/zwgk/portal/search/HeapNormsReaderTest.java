package org.zwgk.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's reader keeps the ranked fields' norms in heap arrays: every score must be the one Lucene
 * gives from the norms on disk, for sparse fields (entries without a title or without an article), after
 * near-real-time reopens with new segments and deletions.
 */
class HeapNormsReaderTest {

    static final AnalysisChain CHAIN = AnalysisChain.BIGRAMS;
    static final Analyzer ANALYZER = CHAIN.analyzer();
    static final String TITLE = SearchFields.TITLE + SearchFields.BIGRAMS;
    static final String BODY = SearchFields.BODY + SearchFields.BIGRAMS;
    static final String ARTICLE = SearchFields.ARTICLE + SearchFields.BIGRAMS;

    @Test
    void scoresAreLucenesOwnOnSparseFieldsAndAfterReopens() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
            add(writer, 0, 60);
            DirectoryReader reader = new HeapNormsReader(DirectoryReader.open(writer), HeapNormsReader.rankedFields(CHAIN));
            assertSameScores(reader);

            // more entries in a new segment, some deleted: the reopened reader is wrapped as well
            add(writer, 60, 40);
            writer.deleteDocuments(new Term("id", "7"), new Term("id", "65"));
            DirectoryReader reopened = DirectoryReader.openIfChanged(reader);
            assertThat(reopened).isInstanceOf(HeapNormsReader.class);
            assertThat(reopened.leaves()).hasSizeGreaterThan(1);
            reader.close();
            assertSameScores(reopened);

            writer.forceMerge(1);
            DirectoryReader merged = DirectoryReader.openIfChanged(reopened);
            reopened.close();
            assertThat(merged.leaves()).hasSize(1);
            assertSameScores(merged);
            merged.close();
        }
    }

    /** Documents with a title and a body of different lengths; every third one an article entry without either. */
    private static void add(IndexWriter writer, int from, int count) throws Exception {
        String[] words = {"政府信息公开", "行政复议", "申请", "工作日内答复", "条例", "第三十三条", "补正"};
        for (int i = from; i < from + count; i++) {
            Document d = new Document();
            d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
            StringBuilder text = new StringBuilder();
            for (int w = 0; w <= i % 9; w++) {
                text.append(words[(i + w) % words.length]);
            }
            if (i % 3 == 0) {
                d.add(new TextField(ARTICLE, text.toString(), Field.Store.NO));
            } else {
                d.add(new TextField(TITLE, words[i % words.length] + "的通知", Field.Store.NO));
                d.add(new TextField(BODY, text.toString(), Field.Store.NO));
            }
            writer.addDocument(d);
        }
    }

    private static void assertSameScores(DirectoryReader heap) throws Exception {
        DirectoryReader plain = ((HeapNormsReader) heap).getDelegate();
        QueryBuilder builder = new QueryBuilder(ANALYZER);
        for (String field : new String[]{TITLE, BODY, ARTICLE}) {
            for (String words : new String[]{"政府信息公开", "行政复议申请", "条例补正"}) {
                Query q = builder.createBooleanQuery(field, words, BooleanClause.Occur.SHOULD);
                TopDocs expected = new IndexSearcher(plain).search(q, 200);
                TopDocs actual = new IndexSearcher(heap).search(q, 200);
                assertThat(expected.scoreDocs).as(field + " " + words).isNotEmpty();
                assertThat(docsAndScores(actual)).as(field + " " + words).isEqualTo(docsAndScores(expected));
            }
        }
    }

    private static String docsAndScores(TopDocs top) {
        return Arrays.toString(Arrays.stream(top.scoreDocs).map(d -> d.doc + ":" + d.score).toArray());
    }

    @Test
    void onlyTheRankedFieldsOfTheChain() {
        assertThat(HeapNormsReader.rankedFields(CHAIN)).isEqualTo(Set.of(TITLE, BODY, ARTICLE,
                SearchFields.ARTICLE_CONTEXT + SearchFields.BIGRAMS));
    }
}
