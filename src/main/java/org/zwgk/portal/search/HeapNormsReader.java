package org.zwgk.portal.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The index's reader with the norms of the ranked fields held in heap arrays. Article entries have no
 * title or body and documents no article text, so each of those norms is sparse on disk, and looking
 * one up goes through the sparse index of its block for every document a query scores: 3–5 % of a
 * search at a million documents (SearchProfile, docs/search.md "Session 12"). Here a lookup is an
 * array read. A segment's norms are read once, when a query first needs them, and dropped with the
 * segment: about 1.1 bytes per index entry (document or article) per field, 5 MB for four fields at a
 * million entries. Scores are unchanged:
 * the values are Lucene's own.
 */
final class HeapNormsReader extends FilterDirectoryReader {

    /** One field's norms of one segment: the value per entry and which entries have one. */
    private record Norms(byte[] values, FixedBitSet present, int count) {
    }

    /** Per segment core (shared by its reopened readers), per field; removed when the core closes. */
    private static final Map<Object, Map<String, Optional<Norms>>> BY_SEGMENT = new ConcurrentHashMap<>();

    private final Set<String> fields;

    /** The ranked fields of an index built by {@code chain}: titles, bodies, articles and their context. */
    static Set<String> rankedFields(AnalysisChain chain) {
        Set<String> fields = new java.util.HashSet<>();
        for (String suffix : chain.suffixes) {
            for (String base : java.util.List.of(SearchFields.TITLE, SearchFields.BODY, SearchFields.ARTICLE,
                    SearchFields.ARTICLE_CONTEXT)) {
                fields.add(base + suffix);
            }
        }
        return Set.copyOf(fields);
    }

    HeapNormsReader(DirectoryReader in, Set<String> fields) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader leaf) {
                return new Leaf(leaf, fields);
            }
        });
        this.fields = fields;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new HeapNormsReader(in, fields);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    private static final class Leaf extends FilterLeafReader {
        private final Set<String> fields;

        Leaf(LeafReader in, Set<String> fields) {
            super(in);
            this.fields = fields;
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            CacheHelper core = in.getCoreCacheHelper();
            if (!fields.contains(field) || core == null) {
                return in.getNormValues(field);
            }
            Map<String, Optional<Norms>> segment = BY_SEGMENT.computeIfAbsent(core.getKey(), key -> {
                core.addClosedListener(BY_SEGMENT::remove);
                return new ConcurrentHashMap<>();
            });
            Optional<Norms> norms = segment.computeIfAbsent(field, this::read);
            // empty: no norms, or wider than a byte; Lucene's own then
            return norms.isEmpty() ? in.getNormValues(field) : new HeapNorms(norms.get());
        }

        private Optional<Norms> read(String field) {
            try {
                NumericDocValues source = in.getNormValues(field);
                if (source == null) {
                    return Optional.empty();
                }
                byte[] values = new byte[in.maxDoc()];
                FixedBitSet present = new FixedBitSet(in.maxDoc());
                for (int doc = source.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = source.nextDoc()) {
                    long value = source.longValue();
                    if (value != (byte) value) {
                        // a similarity with wider norms than BM25's one byte: leave this field to Lucene
                        return Optional.empty();
                    }
                    values[doc] = (byte) value;
                    present.set(doc);
                }
                return Optional.of(new Norms(values, present, present.cardinality()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    /** One iterator over a field's norms in heap, as the scorers ask for them: by exact document. */
    private static final class HeapNorms extends NumericDocValues {
        private final Norms norms;
        private int doc = -1;

        HeapNorms(Norms norms) {
            this.norms = norms;
        }

        @Override
        public long longValue() {
            return norms.values()[doc];
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            return norms.present().get(target);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            doc = target >= norms.present().length() ? NO_MORE_DOCS : norms.present().nextSetBit(target);
            return doc;
        }

        @Override
        public long cost() {
            return norms.count();
        }
    }
}
