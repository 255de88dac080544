package org.zwgk.portal.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.misc.index.BPIndexReorderer;
import org.apache.lucene.misc.index.BPReorderingMergePolicy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/**
 * The order of the index's entries after a compaction. A large index is merged with its entries
 * reordered by bipartite graph partitioning (Lucene's {@link BPIndexReorderer}): entries that share
 * words sit next to each other, so their postings compress into fewer blocks and a ranked search
 * skips more of them (at a million documents each search alone about a tenth faster, docs/benchmarks.md).
 * Nothing about a search's answer depends on the order: totals and facet counts are sampled evenly
 * over the index ({@link MatchSample}); only ties in score may fall out differently.
 * <p>
 * Only at compaction (nightly, after an import): reordering a million entries takes both cores for
 * minutes, far too long for the merges that follow publishing. A small index stays in publication
 * order: it is fast enough, and its searches then stay exactly as they were.
 */
final class EntryOrder {

    /** The diagnostic Lucene's reordering merge leaves on a segment it reordered. */
    private static final String REORDERED = "bp.reordered";

    /** What the partitioning looks at: the ranked words of titles, bodies and articles. */
    private final Set<String> fields = new LinkedHashSet<>();
    private final int minEntries;

    EntryOrder(AnalysisChain chain, int minEntries) {
        for (String suffix : chain.suffixes) {
            fields.add(SearchFields.TITLE + suffix);
            fields.add(SearchFields.BODY + suffix);
            fields.add(SearchFields.ARTICLE + suffix);
            fields.add(SearchFields.ARTICLE_CONTEXT + suffix);
        }
        this.minEntries = minEntries;
    }

    /**
     * Merges the writer's index to one segment, reordered when it holds {@code minEntries} entries or
     * more; whether it was reordered. Without the memory the partitioning needs the merge goes on in
     * the old order (Lucene's merge policy falls back by itself).
     */
    boolean forceMerge(IndexWriter writer) throws IOException {
        if (writer.getDocStats().maxDoc < minEntries) {
            writer.forceMerge(1);
            return false;
        }
        MergePolicy natural = writer.getConfig().getMergePolicy();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            BPIndexReorderer reorderer = new BPIndexReorderer();
            reorderer.setFields(fields);
            reorderer.setForkJoinPool(pool);
            // a quarter of the heap: at a million entries it needed a few hundred megabytes
            reorderer.setRAMBudgetMB(Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20));
            BPReorderingMergePolicy reordering = new BPReorderingMergePolicy(new UntilReordered(natural), reorderer);
            reordering.setMinNaturalMergeNumDocs(Integer.MAX_VALUE); // forced merges only
            writer.getConfig().setMergePolicy(reordering);
            // A merge that is running keeps the policy it started with, and the forced merge goes on from
            // it with that one: at the benchmark's million entries the last merge came out unordered.
            while (!writer.getMergingSegments().isEmpty()) {
                Thread.sleep(50);
            }
            writer.forceMerge(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("compaction interrupted", e);
        } finally {
            writer.getConfig().setMergePolicy(natural);
            pool.shutdown();
        }
        return reordered(writer);
    }

    /**
     * Forced merges as the natural policy chooses them, and when it has none left (the index already
     * in one segment, say compacted before it was large) one more of everything not yet reordered.
     * A segment the partitioning was tried on carries its mark even when it ran out of memory, so
     * this asks once.
     */
    private static final class UntilReordered extends FilterMergePolicy {

        UntilReordered(MergePolicy in) {
            super(in);
        }

        @Override
        public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
                                                   Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                                                   MergeContext context) throws IOException {
            MergeSpecification spec = super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
            if (spec != null || maxSegmentCount != 1 || infos.size() == 0) {
                return spec;
            }
            List<SegmentCommitInfo> all = new ArrayList<>();
            boolean tried = true;
            for (SegmentCommitInfo info : infos) {
                if (context.getMergingSegments().contains(info)) {
                    return null;
                }
                tried &= info.info.getDiagnostics().containsKey(REORDERED);
                all.add(info);
            }
            if (tried) {
                return null;
            }
            MergeSpecification rewrite = new MergeSpecification();
            rewrite.add(new OneMerge(all));
            return rewrite;
        }
    }

    /** Whether every segment of the writer's current index was written reordered. */
    static boolean reordered(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            if (reader.leaves().isEmpty()) {
                return false;
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                if (!(FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment)
                        || !"true".equals(segment.getSegmentInfo().info.getDiagnostics().get(REORDERED))) {
                    return false;
                }
            }
            return true;
        }
    }
}
