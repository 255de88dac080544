package org.zwgk.portal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.PublicationApproval;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The review levels of a survey, a consultation or an interview before it is public: the rule of
 * {@link ReviewLevels} (its organization's levels, none approved by its author, a different reviewer at
 * each), with the approvals kept as {@link PublicationApproval}s. The workbench's buttons, its review
 * queue and the steps themselves all ask this one rule.
 */
@ApplicationScoped
public class PublicationLevels {

    public static final int MAX_RETURN_COMMENT = 1000;
    static final ReviewLevels.Wording WORDING = new ReviewLevels.Wording(Messages::publicationFourEyes, Messages::publicationSameReviewer);

    private final ReviewLevels levels;
    private final SensitiveWords sensitiveWords;
    private final Clock clock;
    private final org.zwgk.portal.audit.AuditLog audit;

    private final org.zwgk.portal.access.Ownership ownership;

    PublicationLevels(ReviewLevels levels, SensitiveWords sensitiveWords, Clock clock, org.zwgk.portal.audit.AuditLog audit,
                      org.zwgk.portal.access.Ownership ownership) {
        this.ownership = ownership;
        this.levels = levels;
        this.sensitiveWords = sensitiveWords;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * This reviewer's approval of the item's next level, audited; the last level publishes it. A listed
     * sensitive word in what it shows refuses it (409) unless the reviewer {@code acknowledged} checking
     * it, and the words confirmed go into the audit record. True when it is public now.
     */
    public boolean publish(PortalUser user, ReviewedPublication item, boolean acknowledged, Long seenVersion,
                           org.zwgk.portal.audit.AuditLog.Actor actor) {
        requireInReview(item);
        requireSeen(item, seenVersion);
        List<String> confirmed = sensitiveWords.requireAcknowledged(acknowledged, item);
        ReviewLevels.Step step = approve(user, item);
        String words = confirmed.isEmpty() ? "" : "，已核对敏感词：" + String.join("、", confirmed);
        if (!step.last()) {
            audit.record(actor, item.reviewType() + ".publish-level", item.reviewType(), item.reviewId(),
                    item.organization.code + " 第 " + step.level() + " 级审核（共 " + step.of() + " 级）" + words);
            return false;
        }
        item.markPublished(user.username(), clock.instant());
        audit.record(actor, item.reviewType() + ".publish", item.reviewType(), item.reviewId(), item.organization.code + " " + item.publicTexts()[0] + words);
        return true;
    }

    /**
     * 退回修改: a reviewer who may review it (of its organization, not its author) sends it back to its
     * author with the reason; the approvals of this round are void, and it waits for its author's change
     * before anyone reviews it again ({@link #changed}).
     */
    public void returnToAuthor(PortalUser user, ReviewedPublication item, String comment, Long seenVersion,
                               java.util.function.Supplier<UserError> notFound, org.zwgk.portal.audit.AuditLog.Actor actor) {
        ownership.requirePublishable(user, item, notFound, UserError.forbidden(m -> m.publicationFourEyes()));
        requireInReview(item);
        requireSeen(item, seenVersion);
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty()) {
            throw UserError.badInput("returnComment", m -> io.quarkus.qute.i18n.MessageBundles.get(PublicationMessages.class).returnNeedsComment());
        }
        if (why.length() > MAX_RETURN_COMMENT) {
            throw UserError.badInput("returnComment", m -> m.fieldTooLong(MAX_RETURN_COMMENT));
        }
        PublicationApproval.delete("itemType = ?1 and itemId = ?2", item.reviewType(), item.reviewId());
        item.returnedBy = user.username();
        item.returnedAt = clock.instant();
        item.returnComment = why;
        audit.record(actor, item.reviewType() + ".return", item.reviewType(), item.reviewId(), item.organization.code + " " + why);
    }

    /**
     * Its author changed it before publication: whatever was approved was another text, so review starts
     * again from the first level, and one sent back is in review again.
     */
    public void changed(ReviewedPublication item, String username) {
        item.changedBy(username);
        item.changedAt = clock.instant();
        // in review again from the first level: as many levels as its organization has now
        item.requiredLevels = ReviewLevels.requiredBy(item.organization);
        PublicationApproval.delete("itemType = ?1 and itemId = ?2", item.reviewType(), item.reviewId());
        item.returnedBy = null;
        item.returnedAt = null;
        item.returnComment = null;
    }

    /** Before it is deleted unpublished: its approvals go with it. */
    public void discarded(ReviewedPublication item) {
        PublicationApproval.delete("itemType = ?1 and itemId = ?2", item.reviewType(), item.reviewId());
    }

    /**
     * The item (locked by the caller) for an editor of its organization to change or delete before it is
     * public: {@code notFound} for one missing or none of the user's business, 403 for someone who does not
     * write for its organization, 409 once it is public.
     */
    public <T extends ReviewedPublication> T requireChangeable(PortalUser user, T item, java.util.function.Supplier<UserError> notFound) {
        ownership.requireLoggedIn(user);
        if (item == null || !ownership.isStaffOf(user, item.organization)) {
            throw notFound.get();
        }
        ownership.require(user, org.zwgk.portal.access.Role.EDITOR, item.organization);
        if (item.published()) {
            throw UserError.conflict(m -> m.publicationAlreadyPublished());
        }
        return item;
    }

    /**
     * The version the reviewer's page showed ({@code seen}, from its form) is the one there now: an editor
     * may have changed it meanwhile (review review: a stale page approved a text its reviewer never read).
     * Null: not asked from a page (the service's own callers); a page's form always names it ({@link #seenVersion}).
     */
    private static void requireSeen(ReviewedPublication item, Long seen) {
        if (seen != null && seen != item.lockVersion) {
            throw UserError.conflict(m -> changedSinceSeen());
        }
    }

    /**
     * The version a reviewer's form carries back (its page's hidden {@code version}), which every review step
     * posted from a page must name: one left out or not a whole number is refused 400 before anything is
     * done (security review: a hand-made post without it approved, published or sent back unseen).
     */
    public static long seenVersion(String formValue) {
        if (formValue == null || formValue.isBlank()) {
            throw UserError.badInput("version", m -> io.quarkus.qute.i18n.MessageBundles.get(PublicationMessages.class).versionMissing());
        }
        String v = formValue.strip();
        if (!v.matches("\\d{1,18}")) {
            throw UserError.badInput("version", m -> io.quarkus.qute.i18n.MessageBundles.get(PublicationMessages.class).versionNotANumber());
        }
        return Long.parseLong(v);
    }

    /** The refusal of an approval given on a page older than what it approves. */
    public static String changedSinceSeen() {
        return io.quarkus.qute.i18n.MessageBundles.get(PublicationMessages.class).changedSinceSeen();
    }

    private static void requireInReview(ReviewedPublication item) {
        if (item.published()) {
            throw UserError.conflict(m -> m.publicationAlreadyPublished());
        }
        if (item.returned()) {
            throw UserError.conflict(m -> io.quarkus.qute.i18n.MessageBundles.get(PublicationMessages.class).returnedAlready());
        }
    }

    /**
     * Records this reviewer's approval of the item's next level (403 for its author or a non-reviewer,
     * 409 for one who approved an earlier level); the step says whether it was the last.
     */
    ReviewLevels.Step approve(PortalUser user, ReviewedPublication item) {
        ReviewLevels.Step step = levels.approval(user, reviewItem(item, item.approvers()), WORDING);
        PublicationApproval.record(item.reviewType(), item.reviewId(), step.level(), user.username(), null, clock.instant());
        return step;
    }

    /**
     * Where the item stands for this person, for its workbench page: published and by whom, or the
     * levels approved so far, whether they may approve the next one now, and the listed sensitive words
     * they would confirm.
     */
    public PublicationReview review(PortalUser user, ReviewedPublication item) {
        if (item.published()) {
            return new PublicationReview(true, item.publisher(), false, false, false, null, List.of(), Math.max(1, item.requiredLevels()), List.of(), item.lockVersion, null);
        }
        // the rule requireChangeable applies (published items were answered above)
        boolean canChange = ownership.holds(user, org.zwgk.portal.access.Role.EDITOR, item.organization);
        if (item.returned()) {
            return new PublicationReview(false, null, false, false, canChange,
                    new PublicationReview.Returned(item.returnedBy, item.returnedAt, item.returnComment), List.of(),
                    Math.max(1, item.requiredLevels()), List.of(), item.lockVersion, null);
        }
        List<String> approvers = item.approvers();
        ReviewLevels.Item reviewed = reviewItem(item, approvers);
        return new PublicationReview(false, null, levels.mayApprove(user, reviewed), levels.mayReview(user, reviewed), canChange, null,
                sensitiveWords.words(item.publicTexts()), Math.max(1, item.requiredLevels()), approvers, item.lockVersion, null);
    }

    /**
     * Those of the unpublished {@code items} whose next level this person may approve now, for the
     * workbench home's 待我审核, oldest first.
     */
    public List<AwaitingReview> awaiting(PortalUser user, List<? extends ReviewedPublication> items, String kind, LongFunction<String> url) {
        return items.stream()
                .filter(item -> !item.published() && !item.returned())
                .flatMap(item -> levels.awaiting(user, reviewItem(item, item.approvers()), kind, item.title, url.apply(item.id),
                        item.createdBy, item.submittedAt()).stream())
                .sorted(Comparator.comparing(AwaitingReview::since))
                .toList();
    }

    /** The {@code items} sent back to their authors, as lines of the workbench home: who sent each back, and when. */
    public static List<AwaitingReview> returned(List<? extends ReviewedPublication> items, String kind, LongFunction<String> url) {
        return items.stream().filter(item -> !item.published() && item.returned())
                .map(item -> new AwaitingReview(kind, item.title, url.apply(item.id), item.returnedBy, 0, 0, item.returnedAt)).toList();
    }

    private static ReviewLevels.Item reviewItem(ReviewedPublication item, List<String> approvers) {
        return new ReviewLevels.Item(item.organization, item.requiredLevels(), approvers.size(), item.authors(), approvers);
    }
}
