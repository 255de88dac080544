package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentChanged;
import org.zwgk.portal.documents.PublicDocument;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the index in step with the database, which is the source of truth: every committed change
 * is applied as it happens; at start the index is rebuilt if it is new, unreadable or built by
 * another chain, otherwise it catches up on what changed since its last commit.
 */
@ApplicationScoped
public class SearchSync {

    private static final Logger LOG = Logger.getLogger(SearchSync.class);
    private static final int BATCH = 1000;

    private final SearchIndex index;
    private final DocumentCatalog catalog;

    SearchSync(SearchIndex index, DocumentCatalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /**
     * Opens the index at start: reuses it and catches up, or rebuilds it. The start-up sequence
     * (startup.StartupSequence) runs this before the content import, so the import's changes land in
     * an open index.
     */
    public void openAtStart() {
        SearchIndex.OpenState state = index.open();
        if (state == SearchIndex.OpenState.REUSED) {
            catchUp();
        } else {
            rebuild();
        }
        long listed = catalog.countListed();
        if (index.documentCount() != listed) {
            LOG.warnf("search index has %d documents, the database lists %d: rebuilding", index.documentCount(), listed);
            rebuild();
        }
    }

    private static final int COMPACT_ABOVE = 3;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentChanged change) {
        index.apply(change);
    }

    /** Rebuilds the whole index from the database; returns how many documents it holds. */
    public int rebuild() {
        Instant started = Instant.now();
        index.deleteAll();
        int count = 0;
        long after = 0;
        for (List<PublicDocument> batch; !(batch = catalog.listedAfter(after, BATCH)).isEmpty(); ) {
            batch.forEach(index::add);
            count += batch.size();
            after = batch.get(batch.size() - 1).id();
        }
        index.compact(started.minus(Duration.ofMinutes(1)));
        LOG.infof("search index rebuilt: %d documents in %d ms", count, Duration.between(started, Instant.now()).toMillis());
        return count;
    }

    /**
     * At night, when few people search, merges the segments that a day of publishing and bulk imports
     * left behind. Changes keep flowing meanwhile: the writer merges while it takes updates.
     */
    @io.quarkus.scheduler.Scheduled(cron = "{portal.search.compact-cron}", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void compactAtNight() {
        if (index.segmentCount() > COMPACT_ABOVE) {
            index.compact(Instant.now().minus(Duration.ofMinutes(1)));
        }
    }

    /** Bulk imports call this when they are done. */
    public void compact() {
        index.compact(Instant.now().minus(Duration.ofMinutes(1)));
    }

    private void catchUp() {
        Instant started = Instant.now();
        List<DocumentChanged> missed = catalog.changedSince(index.completeUpTo());
        missed.forEach(index::apply);
        index.commit(started.minus(Duration.ofMinutes(1)));
        index.refresh();
        if (!missed.isEmpty()) {
            LOG.infof("search index caught up on %d changed documents", missed.size());
        }
    }
}
