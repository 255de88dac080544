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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
        bringUpToDate(index.open(), false);
    }

    /** After opening: catch up on what a reused index missed, or rebuild; then check the count. */
    private void bringUpToDate(SearchIndex.OpenState state, boolean online) {
        if (state == SearchIndex.OpenState.REUSED) {
            catchUp();
        } else {
            rebuild(online);
        }
        long listed = catalog.countListed();
        if (index.documentCount() != listed) {
            LOG.warnf("search index has %d documents, the database lists %d: rebuilding", index.documentCount(), listed);
            rebuild(online);
        }
    }

    private static final int COMPACT_ABOVE = 3;

    /** Changes that arrive while a broken index is rebuilt, applied after it; null when none is. */
    private List<DocumentChanged> held;
    private final AtomicInteger recoveries = new AtomicInteger();
    /** Recovery attempts since the index was last recovered (or opened). */
    private int attempts;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentChanged change) {
        synchronized (this) {
            if (held != null) {
                held.add(change);
                return;
            }
        }
        try {
            index.apply(change);
        } catch (RuntimeException e) {
            // the change is committed in the database: the recovery's catch-up or rebuild reads it there
            index.failed("index write failed", e);
        }
    }

    /**
     * A broken index (writer failed, directory deleted, disk read-only, a commit failed) is reopened
     * without a restart and brought up to date from the database, the source of truth: a new or
     * unreadable index is rebuilt, a reused one catches up. Changes published meanwhile are held and
     * applied after, so none is missed; /q/health is DOWN until this has succeeded.
     */
    @io.quarkus.scheduler.Scheduled(every = "5s", delayed = "5s",
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void check() {
        String problem = index.problem();
        if (problem != null) {
            recover(problem);
        }
    }

    private void recover(String problem) {
        // a lasting problem (a read-only disk) is retried at every check but reported once
        LOG.logf(attempts++ == 0 ? Logger.Level.WARN : Logger.Level.DEBUG,
                "search index: %s; reopening it and bringing it up to date from the database", problem);
        synchronized (this) {
            held = new ArrayList<>();
        }
        Instant started = Instant.now();
        boolean done = false;
        try {
            bringUpToDate(index.reopen(), true);
            done = true;
        } catch (RuntimeException e) {
            index.failed("index recovery failed", e);
        } finally {
            applyHeld();
        }
        if (done) {
            attempts = 0;
            recoveries.incrementAndGet();
            index.recovered();
            LOG.infof("search index recovered in %d ms", Duration.between(started, Instant.now()).toMillis());
        }
    }

    private void applyHeld() {
        while (true) {
            List<DocumentChanged> changes;
            synchronized (this) {
                if (held.isEmpty()) {
                    held = null;
                    return;
                }
                changes = held;
                held = new ArrayList<>();
            }
            for (DocumentChanged change : changes) {
                try {
                    index.apply(change);
                } catch (RuntimeException e) {
                    index.failed("index write failed", e);
                }
            }
        }
    }

    /** How many times a broken index was recovered since start. */
    int recoveries() {
        return recoveries.get();
    }

    /** Non-document entries (records): rebuilt with the documents, from their sources. */
    @jakarta.inject.Inject
    EntryIndex entries;

    /** Rebuilds the whole index from the database; returns how many documents it holds. */
    public int rebuild() {
        int count = rebuild(false);
        entries.rebuild();
        return count;
    }

    /** Online: changes may reach the index meanwhile, so each document replaces rather than adds. */
    private int rebuild(boolean online) {
        Instant started = Instant.now();
        index.deleteAll();
        int count = 0;
        long after = 0;
        for (List<PublicDocument> batch; !(batch = catalog.listedAfter(after, BATCH)).isEmpty(); ) {
            batch.forEach(online ? index::put : index::add);
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
