package org.zwgk.portal.workflow;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.zwgk.portal.audit.AuditLog;

/** Publishes approved drafts when their scheduled time comes (定时发布). */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final WorkflowService workflow;

    ScheduledPublisher(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Scheduled(every = "{portal.workflow.scheduler-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        int n = workflow.publishDue(AuditLog.system("scheduler"));
        if (n > 0) {
            LOG.infof("published %d scheduled draft(s)", n);
        }
    }
}
