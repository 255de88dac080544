package org.zwgk.portal.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.contributions.Contribution;
import org.zwgk.portal.contributions.PendingContributions;
import org.zwgk.portal.web.Routes;

import java.util.Set;

/** Comments on consultations waiting for moderation, on the workbench home. */
@ApplicationScoped
class PendingComments extends PendingContributions {

    @Override
    protected long pending(Set<String> organizations) {
        return ConsultationComment.count("status = ?1 and consultation.organization.code in ?2", Contribution.Status.PENDING, organizations);
    }

    @Override
    protected String noun() {
        return ConsultationService.COMMENTS.noun().get();
    }

    @Override
    protected String url() {
        return Routes.workbenchConsultations();
    }

    @Override
    protected String id() {
        return "pending-comments";
    }
}
