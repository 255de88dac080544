package org.zwgk.portal.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.DocIdSetBuilder;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The matches of a query for its total and facet counts, all of them up to {@code limit}, beyond
 * that a sample of at least that many (a dense query's first chunks may hold a few times more): a
 * query that matches half of a million entries then costs a bounded pass, and its total and facet
 * counts are scaled from the share of the index it looked at.
 * <p>
 * The sample is drawn from chunks of consecutive entries spread evenly over the index, whatever the
 * order of the entries themselves: the first matches in entry order were an even slice only while
 * entries were alike from start to end: at the benchmark's million entries, laws with their article
 * entries first, totals were off by more than half on average (政府: 21,534 for 631,445), and an index
 * reordered so that entries sharing words sit together ({@code BpProfile}) was off the other way.
 * A sparse query's chunks are bigger, so that its sample still spreads over about a hundred of them
 * without a jump through the postings every few hundred entries. Below the limit every chunk is looked
 * at and everything is exact.
 */
final class MatchSample extends FacetsCollector {

    /** The finest cut of the index into chunks (fewer when it has fewer entries): under 150 entries each at a million. */
    private static final int CHUNKS = 8192;
    /**
     * Chunks looked at first, wherever the limit is reached: a dense query's sample then still comes
     * from all over the index (from four chunks of a thousand entries, totals at a reordered million
     * entries were off by half).
     */
    private static final int FIRST_BATCH = 64;
    /**
     * About how many chunks a sparse query's sample is spread over: its chunks are made bigger to
     * match. Each chunk costs every term of the query a jump through its postings; at the finest cut a
     * query of a few thousand matches at a million entries looked at 1,600 chunks and counted three
     * times slower than in one pass.
     */
    private static final int SPREAD = 128;

    private final List<MatchingDocs> matching = new ArrayList<>();
    private final int maxDoc;
    private final int chunks;
    private final int[] order;
    private final DocIdSetBuilder[] docs;
    private final int[] hits;
    private int taken;
    private int seen;
    private long visited;
    private boolean exact;

    private MatchSample(int maxDoc, int chunks, int leaves) {
        super(false);
        this.maxDoc = maxDoc;
        this.chunks = chunks;
        this.order = order(chunks);
        this.docs = new DocIdSetBuilder[leaves];
        this.hits = new int[leaves];
    }

    /** The matches of {@code query} (filters included), exact up to {@code limit}, sampled beyond it. */
    static MatchSample of(IndexSearcher searcher, Query query, int limit) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        MatchSample sample = new MatchSample(maxDoc, Math.min(CHUNKS, Integer.highestOneBit(Math.max(1, maxDoc))), leaves.size());
        sample.take(weight, leaves, sample.firstBatch());
        if (!sample.exact && sample.seen < limit) {
            // a sparse query: its first chunks are dropped and it starts again on a coarser cut, which
            // costs less than keeping two cuts' chunks apart
            int grid = sample.gridFor(limit);
            if (grid < sample.chunks) {
                sample = new MatchSample(maxDoc, grid, leaves.size());
                sample.take(weight, leaves, sample.firstBatch());
            }
            while (!sample.exact && sample.seen < limit) {
                // enough chunks for the rest at the density seen, a fifth more, but never more than doubling:
                // one match in the chunks so far must not send the count through the whole index at once
                long more = sample.seen == 0 ? sample.taken
                        : Math.min(sample.taken, (long) Math.ceil((limit - sample.seen) * 1.2 * sample.taken / sample.seen));
                sample.take(weight, leaves, (int) Math.min(Integer.MAX_VALUE, more));
            }
        }
        sample.finish(leaves);
        return sample;
    }

    /**
     * Every leaf gets its entry, an empty one where nothing matched, as Lucene's own collector gives
     * them: the facet counts map each leaf's ordinals to the index's only when they are handed more
     * than one entry, so with the matches of one leaf of many they read that leaf's ordinals as the
     * index's and labelled its counts with other values (after a publication, before the nightly merge:
     * 社保 counted under the year 2011; browser walk).
     */
    private void finish(List<LeafReaderContext> leaves) {
        for (int i = 0; i < leaves.size(); i++) {
            matching.add(docs[i] == null ? new MatchingDocs(leaves.get(i), DocIdSet.EMPTY, 0, null)
                    : new MatchingDocs(leaves.get(i), docs[i].build(), hits[i], null));
        }
    }

    /** An eighth of the chunks at most: a small index is sampled too, not looked at whole at once. */
    private int firstBatch() {
        return Math.min(FIRST_BATCH, Math.max(1, chunks / 8));
    }

    /** A cut of the index into fewer, bigger chunks of which about {@link #SPREAD} hold {@code limit} matches. */
    private int gridFor(int limit) {
        double entriesNeeded = limit * 1.2 * visited / Math.max(seen, 1);
        double chunkEntries = Math.max(1.0, entriesNeeded / SPREAD);
        return Integer.highestOneBit((int) Math.max(1, Math.min(chunks, Math.round(maxDoc / chunkEntries))));
    }

    /** Looks at the next {@code batch} chunks of the order (all that are left, if fewer). */
    private void take(Weight weight, List<LeafReaderContext> leaves, int batch) throws IOException {
        int n = Math.max(1, Math.min(chunks - taken, batch));
        int[] chosen = Arrays.copyOfRange(order, taken, taken + n);
        Arrays.sort(chosen); // each leaf's scorer only moves forward
        taken += n;
        scan(weight, leaves, chosen);
        exact = taken == chunks;
    }

    /** Collects the matches in the chosen chunks (ascending), leaf by leaf, one scorer per leaf. */
    private void scan(Weight weight, List<LeafReaderContext> leaves, int[] chosen) throws IOException {
        int c = 0;
        for (int l = 0; l < leaves.size() && c < chosen.length; l++) {
            LeafReaderContext leaf = leaves.get(l);
            int leafEnd = leaf.docBase + leaf.reader().maxDoc();
            LeafScan scan = new LeafScan(weight, leaf, l);
            for (; c < chosen.length && start(chosen[c]) < leafEnd; c++) {
                int from = start(chosen[c]);
                int to = start(chosen[c] + 1);
                if (from >= leaf.docBase) {
                    visited += to - from; // once, in the leaf where the chunk begins
                }
                scan.collect(Math.max(from, leaf.docBase) - leaf.docBase, Math.min(to, leafEnd) - leaf.docBase);
                if (to > leafEnd) {
                    break; // the rest of this chunk lies in the next leaf: look at it there
                }
            }
        }
    }

    /** One leaf's scorer, asked for at its first chunk and moving forward over the chunks after it. */
    private final class LeafScan implements LeafCollector {

        private final Weight weight;
        private final LeafReaderContext leaf;
        private final int index;
        private BulkScorer scorer;
        private boolean asked;
        /** Where the scorer's next match may be: nothing before it. */
        private int next;

        LeafScan(Weight weight, LeafReaderContext leaf, int index) {
            this.weight = weight;
            this.leaf = leaf;
            this.index = index;
        }

        /** The matches from {@code min} (inclusive) to {@code max} (exclusive), ids within the leaf. */
        void collect(int min, int max) throws IOException {
            if (!asked) {
                scorer = weight.bulkScorer(leaf); // null: nothing in this leaf matches
                asked = true;
            }
            int from = Math.max(min, next);
            if (scorer != null && from < max) {
                next = scorer.score(this, leaf.reader().getLiveDocs(), from, max);
            }
        }

        @Override
        public void setScorer(Scorable s) {
        }

        @Override
        public void collect(int doc) {
            if (docs[index] == null) {
                docs[index] = new DocIdSetBuilder(leaf.reader().maxDoc());
            }
            docs[index].grow(1).add(doc);
            hits[index]++;
            seen++;
        }
    }

    /** The first entry of chunk {@code i} (the end of the index for i = chunks). */
    private int start(int i) {
        return (int) ((long) i * maxDoc / chunks);
    }

    /** The order of each cut (a power of two up to {@link #CHUNKS}: at most 14 of them), shared by all searches. */
    private static final Map<Integer, int[]> ORDERS = new ConcurrentHashMap<>();

    private static int[] order(int chunks) {
        return ORDERS.computeIfAbsent(chunks, MatchSample::evenlySpaced);
    }

    /**
     * Chunk i goes to the place given by i's bits reversed (0, half, a quarter, three quarters …), so
     * that the first 2^k chunks of the order are evenly spaced over the index: every stretch of entries
     * gets its share of the sample. A random order let the clustered entries of a reordered index
     * (reports of one kind side by side) double a total (31,352 counted as 62,270); evenly spaced,
     * the worst of the benchmark's queries was a third off and the mean 9 %.
     */
    private static int[] evenlySpaced(int chunks) {
        int bits = Integer.numberOfTrailingZeros(chunks);
        int[] order = new int[chunks];
        for (int i = 0; i < chunks; i++) {
            order[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
        return order;
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
        return matching;
    }

    /**
     * The matches and these documents (global ids) for the counts, when {@link #exact()}: what the results
     * list holds besides the matches (a law found by its articles or its title, whose body does not hold
     * most of the words) is counted too, so that the total and the facets describe the list a citizen
     * pages through (browser walk: 社保 listed two documents and counted one).
     */
    FacetsCollector alsoCounting(List<LeafReaderContext> leaves, int[] documents) throws IOException {
        FixedBitSet[] extra = new FixedBitSet[leaves.size()];
        for (int doc : documents) {
            if (doc >= 0) {
                int l = ReaderUtil.subIndex(doc, leaves);
                LeafReaderContext leaf = leaves.get(l);
                if (extra[l] == null) {
                    extra[l] = new FixedBitSet(leaf.reader().maxDoc());
                }
                extra[l].set(doc - leaf.docBase);
            }
        }
        List<MatchingDocs> counted = new ArrayList<>(matching.size());
        for (MatchingDocs m : matching) {
            FixedBitSet bits = extra[m.context.ord];
            if (bits == null) {
                counted.add(m);
                continue;
            }
            DocIdSetIterator matched = m.bits.iterator();
            if (matched != null) {
                bits.or(matched);
            }
            int cardinality = bits.cardinality();
            counted.add(cardinality == m.totalHits ? m : new MatchingDocs(m.context, new BitDocIdSet(bits, cardinality), cardinality, null));
        }
        return new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return counted;
            }
        };
    }

    /** How many documents these entries hold. */
    static long count(FacetsCollector counted) {
        return counted.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    }

    /** Matches seen: all of them when {@link #exact()}. */
    int seen() {
        return seen;
    }

    /** Whether every entry was looked at, so that the matches, total and facet counts are exact. */
    boolean exact() {
        return exact;
    }

    /** The share of the entries looked at that matched. */
    double density() {
        return visited == 0 ? 1.0 : (double) seen / visited;
    }

    /** The factor from what was seen to the whole index: 1 when exact. */
    double scale() {
        return exact || visited == 0 ? 1.0 : (double) maxDoc / visited;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public void collect(int doc) {
        throw new UnsupportedOperationException("a match sample draws its matches itself: MatchSample.of");
    }
}
