package org.zwgk.portal.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.contributions.Contribution;
import org.zwgk.portal.contributions.PendingContributions;
import org.zwgk.portal.web.Routes;

import java.util.Set;

/** Questions to interviews waiting for moderation, on the workbench home. */
@ApplicationScoped
class PendingQuestions extends PendingContributions {

    @Override
    protected long pending(Set<String> organizations) {
        return InterviewQuestion.count("status = ?1 and interview.organization.code in ?2", Contribution.Status.PENDING, organizations);
    }

    @Override
    protected String noun() {
        return InterviewService.QUESTIONS.noun().get();
    }

    @Override
    protected String url() {
        return Routes.workbenchInterviews();
    }

    @Override
    protected String id() {
        return "pending-questions";
    }
}
