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

class BoundedFacetsCollectorTest {

    @Test
    void belowTheLimitCountsAreExactAboveItTheyAreScaledFromAnEvenSlice() throws Exception {
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

            BoundedFacetsCollector all = new BoundedFacetsCollector(100_000);
            searcher.search(even, all.manager());
            assertThat(all.exact()).isTrue();
            assertThat(all.seen()).isEqualTo(5000);
            assertThat(all.scale(reader.maxDoc())).isEqualTo(1.0);

            BoundedFacetsCollector some = new BoundedFacetsCollector(1000);
            searcher.search(even, some.manager());
            assertThat(some.exact()).isFalse();
            assertThat(some.seen()).isEqualTo(1000);
            double scale = some.scale(reader.maxDoc());
            assertThat(some.seen() * scale).isCloseTo(5000, within(50.0));
            var counts = new SortedSetDocValuesFacetCounts(new DefaultSortedSetDocValuesReaderState(reader, config), some);
            assertThat(counts.getSpecificValue("bucket", "b0").doubleValue() * scale).isCloseTo(2500, within(50.0));
            assertThat(counts.getSpecificValue("bucket", "b1").intValue()).isZero();
        }
    }
}
