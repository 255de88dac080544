package org.zwgk.portal.consultations;

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

/** Consultations waiting for a reviewer's level, for the workbench home; one whose period is over can no longer be published. */
@ApplicationScoped
class ConsultationsAwaitingReview implements ReviewQueueSource {

    private final PublicationLevels levels;
    private final ConsultationService service;

    ConsultationsAwaitingReview(PublicationLevels levels, ConsultationService service) {
        this.levels = levels;
        this.service = service;
    }

    @Override
    public List<AwaitingReview> awaiting(PortalUser user, Set<String> organizations) {
        LocalDate today = service.today();
        List<Consultation> waiting = Consultation.<Consultation>list("publishedAt is null and organization.code in ?1", organizations)
                .stream().filter(c -> c.state(today) != Consultation.State.CLOSED).toList();
        return levels.awaiting(user, waiting, MessageBundles.get(WorkbenchMessages.class).wbKindConsultation(), Routes::workbenchConsultation);
    }

    @Override
    public List<AwaitingReview> returned(Set<String> organizations) {
        return PublicationLevels.returned(Consultation.<Consultation>list("publishedAt is null and returnedAt is not null and organization.code in ?1", organizations),
                MessageBundles.get(WorkbenchMessages.class).wbKindConsultation(), Routes::workbenchConsultation);
    }
}
