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
import org.apache.lucene.index.Sorter;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.store.Directory;
import org.jboss.logging.Logger;
import org.apache.lucene.misc.index.BPIndexReorderer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The order of the index's entries after a compaction. A large index is merged with its entries
 * reordered by bipartite graph partitioning (Lucene's {@link BPIndexReorderer}): entries that share
 * words sit next to each other, so their postings compress into fewer blocks and a ranked search
 * skips more of them (at a million documents each search alone 5–7 % faster, docs/benchmarks.md).
 * Nothing about a search's answer depends on the order: totals and facet counts are sampled evenly
 * over the index ({@link MatchSample}); only ties in score may fall out differently.
 * <p>
 * A document and its articles are one block, and the partitioning moves blocks, whole and in their
 * own order: the index marks each block's last entry ({@link SearchFields#BLOCK_END}). Without that
 * mark Lucene does not reorder a merge of segments holding blocks at all, and says nothing.
 * <p>
 * Only at compaction (nightly, after an import): reordering a million entries takes both cores for
 * minutes, far too long for the merges that follow publishing. A small index stays in publication
 * order: it is fast enough, and its searches then stay exactly as they were.
 */
final class EntryOrder {

    private static final Logger LOG = Logger.getLogger(EntryOrder.class);
    /** The mark a reordered segment carries ("true"), or one the partitioning failed on ("false"). */
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
     * the old order, and the log says why.
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
            writer.getConfig().setMergePolicy(new Reordering(natural, reorderer));
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
     * Forced merges as the natural policy chooses them, each reordered; and when it has none left (the
     * index already in one segment, say compacted before it was large) one more of everything not yet
     * reordered. A segment the partitioning was tried on carries its mark even when it failed, so this
     * asks once. Lucene's own {@code BPReorderingMergePolicy} leaves no trace of whether a merge was
     * reordered (at the benchmark's million entries, before the index declared its blocks, none was, without
     * a word); this one logs it and marks the segment, and reorders an index already in one segment.
     */
    private static final class Reordering extends FilterMergePolicy {

        private final BPIndexReorderer reorderer;

        Reordering(MergePolicy in, BPIndexReorderer reorderer) {
            super(in);
            this.reorderer = reorderer;
        }

        @Override
        public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
                                                   Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                                                   MergeContext context) throws IOException {
            MergeSpecification natural = super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
            MergeSpecification spec = new MergeSpecification();
            if (natural != null) {
                natural.merges.forEach(m -> spec.add(new ReorderedMerge(m.segments, reorderer)));
                return spec;
            }
            if (maxSegmentCount != 1 || infos.size() == 0) {
                return null;
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
            spec.add(new ReorderedMerge(all, reorderer));
            return spec;
        }
    }

    /** One merge whose entries come out in the partitioning's order, marked so on the new segment. */
    private static final class ReorderedMerge extends MergePolicy.OneMerge {

        private final BPIndexReorderer reorderer;
        private volatile boolean reordered;

        ReorderedMerge(List<SegmentCommitInfo> segments, BPIndexReorderer reorderer) {
            super(segments);
            this.reorderer = reorderer;
        }

        @Override
        public Sorter.DocMap reorder(CodecReader reader, Directory dir, Executor executor) throws IOException {
            long started = System.nanoTime();
            try {
                // null: the reorderer's own pool, both cores, not the merge scheduler's executor
                Sorter.DocMap map = reorderer.computeDocMap(reader, dir, null);
                reordered = map != null;
                LOG.infof("search index: %d entries reordered in %d s", reader.maxDoc(), (System.nanoTime() - started) / 1_000_000_000L);
                return map;
            } catch (RuntimeException e) {
                LOG.warnf(e, "search index: entries left in publication order (%d entries)", reader.maxDoc());
                return null;
            }
        }

        @Override
        public void setMergeInfo(SegmentCommitInfo info) {
            info.info.addDiagnostics(Map.of(REORDERED, Boolean.toString(reordered)));
            super.setMergeInfo(info);
        }
    }

    /** Whether every segment of the writer's current index was written reordered. */
    static boolean reordered(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reordered(reader);
        }
    }

    /** Whether every segment the reader reads was written reordered. */
    static boolean reordered(DirectoryReader reader) {
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
