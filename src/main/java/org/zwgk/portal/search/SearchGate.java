package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.common.PortalConfig;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets as many searches into Lucene at once as there are cores, the rest wait their turn in arrival
 * order. A search is pure CPU: with eight running on two cores each one shares its core with three
 * others, and a 15 ms search takes 60 ms; in a queue it waits for the searches ahead of it and then
 * runs at full speed. Same throughput, a much shorter tail (p99 at a million documents went from
 * 88 to about 50 ms in SearchProfile), and the reason Elasticsearch's search pool is sized by cores.
 */
@ApplicationScoped
class SearchGate {

    /** The wait ran out: the server has more searches than it can answer in time. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("search queue full", null, false, false);
        }
    }

    private final Semaphore permits;
    private final long timeoutNanos;

    @Inject
    SearchGate(SearchConfig config) {
        this(config.concurrency(), config.queueTimeout());
    }

    SearchGate(int concurrency, Duration timeout) {
        this.permits = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
        this.timeoutNanos = timeout.toNanos();
    }

    /**
     * The work when a permit is free at once (in turn: never ahead of a search already waiting), else
     * {@code otherwise}: for extras no one waits for, such as the title names beside a keystroke's
     * suggestions, which must neither queue nor make the searches queue longer.
     */
    <T> T ifFree(Supplier<T> work, T otherwise) {
        try {
            if (!permits.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return otherwise;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise;
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    <T> T run(Supplier<T> search) {
        try {
            if (!permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return search.get();
        } finally {
            permits.release();
        }
    }
}
