package org.zwgk.portal.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.contributions.Contribution;
import org.zwgk.portal.contributions.PendingContributions;
import org.zwgk.portal.web.Routes;

import java.util.Set;

/** Surveys' free-text answers waiting for moderation, on the workbench home. */
@ApplicationScoped
class PendingAnswers extends PendingContributions {

    @Override
    protected long pending(Set<String> organizations) {
        return SurveyAnswer.count("status = ?1 and response.survey.organization.code in ?2", Contribution.Status.PENDING, organizations);
    }

    @Override
    protected String noun() {
        return SurveyService.ANSWERS.noun().get();
    }

    @Override
    protected String url() {
        return Routes.workbenchSurveys();
    }

    @Override
    protected String id() {
        return "pending-answers";
    }
}
