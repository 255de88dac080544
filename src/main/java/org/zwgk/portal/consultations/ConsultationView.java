package org.zwgk.portal.consultations;

import org.zwgk.portal.access.Reader;
import org.zwgk.portal.contributions.ContributionView;
import org.zwgk.portal.privacy.Deidentifier;

import java.time.LocalDate;
import java.util.List;

/** A consultation as its pages show it, read inside the transaction; comments de-identified for the public. */
public record ConsultationView(long id, String title, String description, String organization, String orgCode, LocalDate opensOn,
                               LocalDate closesOn, long days, Consultation.State state, String shortPeriodReason,
                               List<ContributionView> shown, List<ContributionView> pending, long received, long adopted, String feedback,
                               Long finalDocumentId, String finalDocumentTitle, boolean published, boolean feedbackWaiting,
                               String feedbackBy, String feedbackApprovedBy, boolean returned) {

    static ConsultationView of(Consultation c, LocalDate today, Deidentifier deidentifier, Reader reader) {
        boolean staff = reader.atWork();
        // what staff typed passes the same gate as comments before the public (or an overseer) reads it
        java.util.function.UnaryOperator<String> gate = t -> reader.asTyped() || t == null ? t : deidentifier.mask(t);
        // the public learns the feedback, and which comments it adopted, once a reviewer approved it
        boolean feedbackShown = staff || c.feedbackPublic();
        List<ContributionView> shown = ConsultationComment.of(c, ConsultationComment.Status.APPROVED).stream()
                .map(k -> ContributionView.shown(k, k.receivedAt, feedbackShown ? k.adopted : Boolean.FALSE, deidentifier)).toList();
        List<ContributionView> pending = staff ? ConsultationComment.of(c, ConsultationComment.Status.PENDING).stream()
                .map(k -> ContributionView.pending(k, k.receivedAt, null, reader.asTyped(), deidentifier)).toList() : List.of();
        long received = ConsultationComment.count("consultation", c);
        long adopted = shown.stream().filter(k -> Boolean.TRUE.equals(k.adopted())).count();
        return new ConsultationView(c.id, gate.apply(c.title), gate.apply(c.description), c.organization.name, c.organization.code,
                c.opensOn, c.closesOn, c.days(), c.state(today), gate.apply(c.shortPeriodReason), shown, pending, received, adopted,
                feedbackShown ? gate.apply(c.feedback) : null,
                feedbackShown && listed(c) ? c.finalDocument.id : null, feedbackShown && listed(c) ? c.finalDocument.meta.title : null,
                c.published(), c.feedbackWaiting(), staff ? c.feedbackBy : null, staff ? c.feedbackApprovedBy : null,
                staff && c.returned());
    }

    /** The final document is named only while it is public (withheld or withdrawn since, it is not). */
    private static boolean listed(Consultation c) {
        return c.finalDocument != null && c.finalDocument.isListed();
    }

    public boolean open() {
        return state == Consultation.State.OPEN;
    }

    public boolean closed() {
        return state == Consultation.State.CLOSED;
    }
}
