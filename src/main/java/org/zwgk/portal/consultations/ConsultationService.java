package org.zwgk.portal.consultations;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.zwgk.portal.workflow.PublicationLevels;
import org.zwgk.portal.access.Publishable;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.contributions.ContributionKind;
import org.zwgk.portal.contributions.Moderation;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentLookup;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.FormFields;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * 征集调查: an organization's editors open a consultation for a period (at least 30 days for a
 * 重大行政决策 unless a reason is given); citizens comment while it is open (by the injected clock's
 * date: it closes on its end date by itself); the organization's editors and reviewers moderate the
 * comments before they show; after it closed its editors publish the feedback (采纳情况), with the
 * comments adopted and a link to the final policy.
 */
@ApplicationScoped
public class ConsultationService {

    public static final int MAX_COMMENT = 2000;
    static final ContributionKind<ConsultationComment> COMMENTS = new ContributionKind<>(ConsultationComment.class, "comment",
            () -> cm().contribution(), () -> cm().notFound());

    private final Ownership ownership;
    private final AuditLog audit;
    private final Moderation moderation;
    private final Clock clock;
    private final PublicationLevels publicationLevels;
    private final org.zwgk.portal.workflow.SensitiveWords sensitiveWords;

    ConsultationService(Ownership ownership, AuditLog audit, Moderation moderation, Clock clock, PublicationLevels publicationLevels,
                        org.zwgk.portal.workflow.SensitiveWords sensitiveWords) {
        this.publicationLevels = publicationLevels;
        this.sensitiveWords = sensitiveWords;
        this.ownership = ownership;
        this.audit = audit;
        this.moderation = moderation;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PortalConfig.ZONE));
    }

    @Transactional
    public Consultation open(PortalUser user, String orgCode, String title, String description, String opensOn, String closesOn,
                             boolean major, String reason, Actor actor) {
        ownership.requireLoggedIn(user);
        Organization org = Organization.findByCode(orgCode == null ? "" : orgCode.strip())
                .orElseThrow(() -> UserError.badInput("organization", m -> cm().badOrganization()));
        ownership.requireChosen(user, Role.EDITOR, org, "organization");
        Period fields = fields(title, description, opensOn, closesOn, major, reason);
        Consultation c = new Consultation();
        c.writtenBy(org, user.username(), clock.instant());
        fields.applyTo(c);
        c.persist();
        audit.record(actor, "consultation.open", "consultation", c.id, org.code + " " + c.opensOn + " 至 " + c.closesOn + " " + c.title);
        return c;
    }

    /** What the open and change forms set, checked: every problem named by its field, nothing set when there is one. */
    record Period(String title, String description, LocalDate opensOn, LocalDate closesOn, boolean major, String reason) {
        void applyTo(Consultation c) {
            c.title = title;
            c.description = description;
            c.opensOn = opensOn;
            c.closesOn = closesOn;
            c.majorDecision = major;
            c.shortPeriodReason = reason;
        }
    }

    private Period fields(String title, String description, String opensOn, String closesOn, boolean major, String reason) {
        List<UserError.Invalid> problems = new ArrayList<>();
        String t = FormFields.requiredText(title, 200, "title", problems);
        String d = FormFields.requiredText(description, 10000, "description", problems);
        LocalDate from = FormFields.date(opensOn, "opensOn", problems);
        LocalDate to = FormFields.date(closesOn, "closesOn", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(invalid("closesOn", h -> h.closesBeforeOpens()));
        } else if (to != null && to.isBefore(today())) {
            // one already over could never be published (its period is over): refuse it here
            problems.add(invalid("closesOn", h -> h.closesInPast()));
        }
        String why = FormFields.optionalText(reason, Consultation.MAX_REASON, "reason", problems);
        if (from != null && to != null && major
                && java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1 < Consultation.MAJOR_DECISION_DAYS && why == null) {
            problems.add(invalid("reason", h -> h.majorNeedsThirtyDays(Consultation.MAJOR_DECISION_DAYS)));
        }
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        return new Period(t, d, from, to, major, why);
    }

    /**
     * Its editors change one not yet public (after it was sent back, or before anyone reviewed it): what
     * the open form sets but the organization; review starts again from the first level.
     */
    @Transactional
    public Consultation change(PortalUser user, long id, String title, String description, String opensOn, String closesOn,
                               boolean major, String reason, Actor actor) {
        Consultation c = unpublishedForEditor(user, id);
        Period fields = fields(title, description, opensOn, closesOn, major, reason);
        String before = c.title + "；" + c.opensOn + " 至 " + c.closesOn;
        fields.applyTo(c);
        publicationLevels.changed(c, user.username());
        audit.record(actor, "consultation.change", "consultation", c.id, c.title, before, c.title + "；" + c.opensOn + " 至 " + c.closesOn);
        return c;
    }

    /** 退回修改: a reviewer of its organization, not its author, sends it back with the reason. */
    @Transactional
    public void returnForChanges(PortalUser user, long id, String comment, long seenVersion, Actor actor) {
        publicationLevels.returnToAuthor(user, Consultation.findById(id, LockModeType.PESSIMISTIC_WRITE), comment, seenVersion,
                () -> UserError.notFound(m -> cm().notFound()), actor);
    }

    /** Its editors delete one never public (nobody could comment on it). */
    @Transactional
    public void discard(PortalUser user, long id, Actor actor) {
        Consultation c = unpublishedForEditor(user, id);
        publicationLevels.discarded(c);
        ConsultationComment.delete("consultation", c);
        c.delete();
        audit.record(actor, "consultation.discard", "consultation", id, c.organization.code + " " + c.title);
    }

    private Consultation unpublishedForEditor(PortalUser user, long id) {
        return publicationLevels.requireChangeable(user, Consultation.<Consultation>findById(id, LockModeType.PESSIMISTIC_WRITE),
                () -> UserError.notFound(m -> cm().notFound()));
    }

    /** A citizen's comment, while the consultation is open; it waits for moderation. */
    @Transactional
    public ConsultationComment comment(long id, String body, String address, Runnable beforeWrite) {
        Consultation c = findPublished(id);
        String text = Moderation.text(body, MAX_COMMENT, COMMENTS);
        if (c.state(today()) != Consultation.State.OPEN) {
            throw UserError.conflict(m -> cm().notOpen());
        }
        ConsultationComment k = new ConsultationComment();
        k.consultation = c;
        k.receivedAt = clock.instant();
        return moderation.receive(COMMENTS, k, text, address, beforeWrite);
    }

    /** Approve (shown, de-identified; sensitive words seen: {@code checked}) or reject a comment: the organization's editors or reviewers. */
    public void moderate(PortalUser user, long commentId, boolean approve, boolean checked, Actor actor) {
        moderation.moderate(user, COMMENTS, commentId, approve, checked, actor);
    }

    /** 采纳情况 after closing: the summary, the comments adopted, the final policy (optional; typed as id, address, 文号 or 索引号, read by DocumentLookup). */
    @Transactional
    public Consultation feedback(PortalUser user, long id, String summary, Set<Long> adopted, String finalDocument, Actor actor) {
        ownership.requireLoggedIn(user);
        Consultation c = Consultation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !ownership.isStaffOf(user, c.organization)) {
            throw UserError.notFound(m -> cm().notFound());
        }
        ownership.require(user, Role.EDITOR, c.organization);
        if (!c.published()) {
            // nobody could comment on one never public: there is nothing to report on
            throw UserError.conflict(m -> cm().feedbackNeverPublished());
        }
        if (c.state(today()) != Consultation.State.CLOSED) {
            throw UserError.conflict(m -> cm().feedbackBeforeClose());
        }
        List<UserError.Invalid> problems = new ArrayList<>();
        String s = FormFields.requiredText(summary, 10000, "feedback", problems);
        Document finalDoc = null;
        String typedDocument = finalDocument == null ? "" : finalDocument.strip();
        if (!typedDocument.isEmpty()) {
            // only a public one (the lookup's rule): a withheld document's title must not appear on the consultation's page
            DocumentLookup.Result found = DocumentLookup.find(typedDocument);
            finalDoc = found.document();
            if (!found.found()) {
                problems.add(new UserError.Invalid("finalDocument", found.refusal()));
            }
        }
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        for (ConsultationComment k : ConsultationComment.of(c, ConsultationComment.Status.APPROVED)) {
            k.adopted = adopted != null && adopted.contains(k.id);
        }
        c.feedback = s;
        c.feedbackAt = clock.instant();
        c.finalDocument = finalDoc;
        // public once a reviewer approves it; a change after that waits for approval again
        c.feedbackBy = user.username();
        c.feedbackApprovedBy = null;
        c.feedbackApprovedAt = null;
        audit.record(actor, "consultation.feedback", "consultation", c.id, finalDoc == null ? null : "最终文件 " + finalDoc.indexNumber);
        return c;
    }

    /** The words of the feedback waiting for approval that its reviewer must confirm having checked. */
    public List<String> feedbackFlagged(Consultation c) {
        return c.feedbackWaiting() ? sensitiveWords.words(c.feedback) : List.of();
    }

    /** Whether {@code user} may approve the waiting feedback: a reviewer of its organization who did not write it. */
    public boolean mayApproveFeedback(PortalUser user, Consultation c) {
        return c.feedbackWaiting() && user.has(Role.REVIEWER, c.organization.code) && !user.username().equals(c.feedbackBy);
    }

    /**
     * Four eyes on the feedback too (security audit: one editor made it public alone): a reviewer of the
     * organization who did not write it makes it public, having checked any listed word in it.
     */
    @Transactional
    public void approveFeedback(PortalUser user, long id, boolean acknowledged, Actor actor) {
        approveFeedbackSeen(user, id, acknowledged, null, actor);
    }

    /**
     * As {@link #approveFeedback(PortalUser, long, boolean, Actor)}, for the feedback the reviewer's page showed:
     * its version, which the page's form always names.
     */
    @Transactional
    public void approveFeedback(PortalUser user, long id, boolean acknowledged, long seenVersion, Actor actor) {
        approveFeedbackSeen(user, id, acknowledged, seenVersion, actor);
    }

    /** Null {@code seenVersion}: not asked from a page. */
    private void approveFeedbackSeen(PortalUser user, long id, boolean acknowledged, Long seenVersion, Actor actor) {
        ownership.requireLoggedIn(user);
        Consultation c = Consultation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !ownership.isStaffOf(user, c.organization)) {
            throw UserError.notFound(m -> cm().notFound());
        }
        ownership.require(user, Role.REVIEWER, c.organization);
        if (!c.feedbackWaiting()) {
            throw UserError.conflict(m -> cm().feedbackNotWaiting());
        }
        if (seenVersion != null && seenVersion.longValue() != c.lockVersion) {
            // its editor wrote the feedback again while the page was open: approve what is there now only once read
            throw UserError.conflict(m -> org.zwgk.portal.workflow.PublicationLevels.changedSinceSeen());
        }
        if (user.username().equals(c.feedbackBy)) {
            throw UserError.forbidden(m -> m.publicationFourEyes());
        }
        List<String> found = sensitiveWords.requireAcknowledged(acknowledged, c.feedback);
        c.feedbackApprovedBy = user.username();
        c.feedbackApprovedAt = clock.instant();
        audit.record(actor, "consultation.feedback.approve", "consultation", c.id,
                found.isEmpty() ? null : "已核对 " + found.size() + " 处敏感词");
    }

    /** Four eyes: a reviewer of its organization, not the person who wrote it, makes it public. */
    @Transactional
    public void publish(PortalUser user, long id, boolean acknowledged, Actor actor) {
        publishSeen(user, id, acknowledged, null, actor);
    }

    /** As {@link #publish(PortalUser, long, boolean, Actor)}, for the version the reviewer's page showed (its form always names it). */
    @Transactional
    public void publish(PortalUser user, long id, boolean acknowledged, long seenVersion, Actor actor) {
        publishSeen(user, id, acknowledged, seenVersion, actor);
    }

    /** Null {@code seenVersion}: not asked from a page. */
    private void publishSeen(PortalUser user, long id, boolean acknowledged, Long seenVersion, Actor actor) {
        Consultation c = Consultation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        ownership.requirePublishable(user, c, () -> UserError.notFound(m -> cm().notFound()), UserError.forbidden(m -> m.publicationFourEyes()));
        // the public must get the period the page states: one already over, or a 重大行政决策's cut below
        // 30 days by a late review without a reason given, is opened again with new dates instead
        LocalDate today = today();
        if (c.state(today) == Consultation.State.CLOSED) {
            throw UserError.conflict(m -> m.publicationPeriodOver());
        }
        LocalDate from = today.isAfter(c.opensOn) ? today : c.opensOn;
        if (c.majorDecision && c.shortPeriodReason == null
                && java.time.temporal.ChronoUnit.DAYS.between(from, c.closesOn) + 1 < Consultation.MAJOR_DECISION_DAYS) {
            throw UserError.conflict(m -> cm().majorNeedsThirtyDays(Consultation.MAJOR_DECISION_DAYS));
        }
        publicationLevels.publish(user, c, acknowledged, seenVersion, actor);
    }

    /** A consultation citizens may see: published; any other answers 404 as one that does not exist. */
    public static Consultation findPublished(long id) {
        return Publishable.publicOnly(find(id), () -> UserError.notFound(m -> cm().notFound()));
    }

    public static Consultation find(long id) {
        Consultation c = Consultation.findById(id);
        if (c == null) {
            throw UserError.notFound(m -> cm().notFound());
        }
        return c;
    }

    static UserError.Invalid invalid(String field, Function<ConsultationMessages, String> message) {
        return new UserError.Invalid(field, m -> message.apply(cm()));
    }

    static ConsultationMessages cm() {
        return MessageBundles.get(ConsultationMessages.class);
    }
}
