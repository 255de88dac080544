package org.zwgk.portal.consultations;

import org.zwgk.portal.workflow.ReviewedPublication;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.documents.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 征集调查: an organization asks the public about a draft policy from {@link #opensOn} to
 * {@link #closesOn} (inclusive). It is open or closed by the date alone, so it closes on its end date
 * by itself, with no job to run; the feedback summary comes after it closed.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends ReviewedPublication {

    /** 重大行政决策: at least this many days of consultation unless a reason is given. */
    public static final int MAJOR_DECISION_DAYS = 30;
    /** The column's size (short_period_reason). */
    public static final int MAX_REASON = 1000;

    public String description;
    public LocalDate opensOn;
    public LocalDate closesOn;
    public boolean majorDecision;
    public String shortPeriodReason;
    /** 采纳情况: what was adopted and why not, written after closing. */
    public String feedback;
    public Instant feedbackAt;
    /** Who wrote the feedback, and the reviewer who made it public (null while it waits). */
    public String feedbackBy;
    public String feedbackApprovedBy;
    public Instant feedbackApprovedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    public Document finalDocument;

    public enum State { UPCOMING, OPEN, CLOSED }

    public State state(LocalDate today) {
        return stateOn(opensOn, closesOn, today);
    }

    static State stateOn(LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        if (today.isBefore(opensOn)) {
            return State.UPCOMING;
        }
        return today.isAfter(closesOn) ? State.CLOSED : State.OPEN;
    }

    /** Whether the public sees the feedback (and which comments it adopted): a reviewer approved it. */
    public boolean feedbackPublic() {
        return feedback != null && feedbackApprovedAt != null;
    }

    /** Whether feedback was written and waits for a reviewer's approval. */
    public boolean feedbackWaiting() {
        return feedback != null && feedbackApprovedAt == null;
    }

    /** Days of consultation, both ends counted. */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(opensOn, closesOn) + 1;
    }

    @Override
    public String reviewType() {
        return "consultation";
    }

    @Override
    public String[] publicTexts() {
        return new String[]{title, description, shortPeriodReason};
    }

    /** What citizens see: the published ones. */
    public static List<Consultation> newestFirst() {
        return list("publishedAt is not null order by opensOn desc, id desc");
    }


    /** What {@code user} reads at work: every organization's for an auditor or a site admin, their own organizations' otherwise. */
    public static List<Consultation> atWork(org.zwgk.portal.access.PortalUser user) {
        return user.auditReader() ? list("order by opensOn desc, id desc")
                : user.roles().isEmpty() ? List.of() : list("organization.code in ?1 order by opensOn desc, id desc", user.roles().keySet());
    }
}
