package org.zwgk.portal.workflow;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.zwgk.portal.audit.AuditLog;

import java.time.Clock;

/**
 * Publishes approved drafts when their scheduled time comes (定时发布). "Now" is the injected clock's,
 * so a test drives {@link #publishDue()} with a clock of its own instead of waiting for the scheduler.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final WorkflowService workflow;
    private final Clock clock;

    ScheduledPublisher(WorkflowService workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
    }

    @Scheduled(every = "{portal.workflow.scheduler-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        publishDue();
    }

    /** Publishes what is due by the clock's time; returns how many drafts were published. */
    int publishDue() {
        int n = workflow.publishDue(clock.instant(), AuditLog.system("scheduler"));
        if (n > 0) {
            LOG.infof("published %d scheduled draft(s)", n);
        }
        return n;
    }
}
