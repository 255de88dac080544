package org.zwgk.portal.privacy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The site admins' page runs {@link PrivacyScan} in the background, one run at a time, and shows the
 * last completed one with when it ran: reading every published text took 14 to 22 seconds per page view
 * (browser walk, 3,400 laws). A run starts on the page's 开始检查, at the page's first view when there is
 * none yet, and every night. The command still scans in the foreground.
 */
@ApplicationScoped
public class PrivacyScanRuns {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PrivacyScanRuns.class);

    /** A finished run: its result (null when it failed: the log says why), and when it started and ended. */
    public record Done(PrivacyScan.Result result, Instant started, Instant finished) {
        public boolean failed() {
            return result == null;
        }

        public long seconds() {
            return Duration.between(started, finished).toSeconds();
        }
    }

    private final PrivacyScan scan;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "privacy-scan");
        t.setDaemon(true);
        return t;
    });
    private volatile Done last;
    /** When the run under way started; null when none runs. Guarded by this. */
    private Instant running;

    PrivacyScanRuns(PrivacyScan scan) {
        this.scan = scan;
    }

    /** The last finished run, or null before the first. */
    public Done last() {
        return last;
    }

    /** When the run under way started, or null. */
    public synchronized Instant running() {
        return running;
    }

    /** Starts a run unless one is under way (its result is then the newer one to wait for). */
    public synchronized void start() {
        if (running != null) {
            return;
        }
        Instant started = Instant.now();
        running = started;
        try {
            runner.execute(() -> run(started));
        } catch (RuntimeException refused) {
            // the executor is shutting down: no scan is under way, and the page must not say one is
            running = null;
            throw refused;
        }
    }

    /** Starts the first run when there is none, so the page's first view is not empty for long. */
    public void startIfNone() {
        if (last == null) {
            start();
        }
    }

    @Scheduled(cron = "{portal.privacy.scan-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        start();
    }

    /** Tests only: the next run waits for this before it reads, so a test sees the page while a run is under way. */
    private static volatile CountDownLatch hold;

    static void holdNextRun(CountDownLatch latch) {
        hold = latch;
    }

    private void run(Instant started) {
        PrivacyScan.Result result = null;
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            CountDownLatch wait = hold;
            if (wait != null) {
                hold = null;
                wait.await(60, TimeUnit.SECONDS);
            }
            result = scan.check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("privacy scan failed", e);
        } finally {
            request.terminate();
            // also after an Error: a run that never ends would hold 开始检查 back for good
            synchronized (this) {
                last = new Done(result, started, Instant.now());
                running = null;
            }
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
