package org.zwgk.portal.interviews;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.WorkbenchMessages;
import org.zwgk.portal.workflow.AwaitingReview;
import org.zwgk.portal.workflow.PublicationLevels;
import org.zwgk.portal.workflow.ReviewQueueSource;

import java.util.List;
import java.util.Set;

/** Interviews waiting for a reviewer's level, for the workbench home; an ended one is no longer published. */
@ApplicationScoped
class InterviewsAwaitingReview implements ReviewQueueSource {

    private final PublicationLevels levels;

    InterviewsAwaitingReview(PublicationLevels levels) {
        this.levels = levels;
    }

    @Override
    public List<AwaitingReview> awaiting(PortalUser user, Set<String> organizations) {
        List<Interview> waiting = Interview.<Interview>list("publishedAt is null and status <> ?1 and organization.code in ?2",
                Interview.Status.ENDED, organizations);
        return levels.awaiting(user, waiting, MessageBundles.get(WorkbenchMessages.class).wbKindInterview(), Routes::workbenchInterview);
    }

    @Override
    public List<AwaitingReview> returned(Set<String> organizations) {
        return PublicationLevels.returned(Interview.<Interview>list("publishedAt is null and returnedAt is not null and organization.code in ?1", organizations),
                MessageBundles.get(WorkbenchMessages.class).wbKindInterview(), Routes::workbenchInterview);
    }
}
