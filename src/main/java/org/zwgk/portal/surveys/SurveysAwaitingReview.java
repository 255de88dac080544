package org.zwgk.portal.surveys;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.WorkbenchMessages;
import org.zwgk.portal.workflow.AwaitingReview;
import org.zwgk.portal.workflow.PublicationLevels;
import org.zwgk.portal.workflow.ReviewQueueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Surveys waiting for a reviewer's level, for the workbench home; one past its closing day would collect nothing. */
@ApplicationScoped
class SurveysAwaitingReview implements ReviewQueueSource {

    private final PublicationLevels levels;
    private final SurveyService service;

    SurveysAwaitingReview(PublicationLevels levels, SurveyService service) {
        this.levels = levels;
        this.service = service;
    }

    @Override
    public List<AwaitingReview> awaiting(PortalUser user, Set<String> organizations) {
        LocalDate today = service.today();
        List<Survey> waiting = Survey.<Survey>list("publishedAt is null and organization.code in ?1", organizations)
                .stream().filter(s -> !s.closesOn.isBefore(today)).toList();
        return levels.awaiting(user, waiting, MessageBundles.get(WorkbenchMessages.class).wbKindSurvey(), Routes::workbenchSurvey);
    }

    @Override
    public List<AwaitingReview> returned(Set<String> organizations) {
        return PublicationLevels.returned(Survey.<Survey>list("publishedAt is null and returnedAt is not null and organization.code in ?1", organizations),
                MessageBundles.get(WorkbenchMessages.class).wbKindSurvey(), Routes::workbenchSurvey);
    }
}
