package org.zwgk.portal.access;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Deletes expired session rows on a schedule ({@code portal.security.session-purge-every}). An
 * expired session logs nobody in anyway; without this its row would stay in the table for ever.
 */
@ApplicationScoped
public class SessionPurge {

    private static final Logger LOG = Logger.getLogger(SessionPurge.class);

    private final AccountService accounts;

    SessionPurge(AccountService accounts) {
        this.accounts = accounts;
    }

    @Scheduled(every = "{portal.security.session-purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** Returns how many sessions were deleted, and says so in the log when there were any. */
    public long purge() {
        long n = accounts.purgeExpiredSessions();
        if (n > 0) {
            LOG.infof("deleted %d expired session(s)", n);
        }
        return n;
    }
}
