package org.zwgk.portal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.PublicationApproval;
import org.zwgk.portal.web.Messages;

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

    static final ReviewLevels.Wording WORDING = new ReviewLevels.Wording(Messages::publicationFourEyes, Messages::publicationSameReviewer);

    private final ReviewLevels levels;
    private final SensitiveWords sensitiveWords;
    private final Clock clock;
    private final org.zwgk.portal.audit.AuditLog audit;

    PublicationLevels(ReviewLevels levels, SensitiveWords sensitiveWords, Clock clock, org.zwgk.portal.audit.AuditLog audit) {
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
    public boolean publish(PortalUser user, ReviewedPublication item, boolean acknowledged, org.zwgk.portal.audit.AuditLog.Actor actor) {
        List<String> confirmed = sensitiveWords.requireAcknowledged(acknowledged, item);
        ReviewLevels.Step step = approve(user, item);
        String words = confirmed.isEmpty() ? "" : " sensitive words confirmed: " + String.join("、", confirmed);
        if (!step.last()) {
            audit.record(actor, item.reviewType() + ".publish-level", item.reviewType(), item.reviewId(),
                    item.organization.code + " level " + step.level() + "/" + step.of() + words);
            return false;
        }
        item.markPublished(user.username(), clock.instant());
        audit.record(actor, item.reviewType() + ".publish", item.reviewType(), item.reviewId(), item.organization.code + " " + item.publicTexts()[0] + words);
        return true;
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
            return new PublicationReview(true, item.publisher(), false, List.of(), Math.max(1, item.requiredLevels()), List.of());
        }
        List<String> approvers = item.approvers();
        return new PublicationReview(false, null, levels.mayApprove(user, reviewItem(item, approvers)),
                sensitiveWords.words(item.publicTexts()), Math.max(1, item.requiredLevels()), approvers);
    }

    /**
     * Those of the unpublished {@code items} whose next level this person may approve now, for the
     * workbench home's 待我审核, oldest first.
     */
    public List<AwaitingReview> awaiting(PortalUser user, List<? extends ReviewedPublication> items, String kind, LongFunction<String> url) {
        return items.stream()
                .filter(item -> !item.published())
                .flatMap(item -> levels.awaiting(user, reviewItem(item, item.approvers()), kind, item.title, url.apply(item.id),
                        item.createdBy, item.createdAt).stream())
                .sorted(Comparator.comparing(AwaitingReview::since))
                .toList();
    }

    private static ReviewLevels.Item reviewItem(ReviewedPublication item, List<String> approvers) {
        return new ReviewLevels.Item(item.organization, item.requiredLevels(), approvers.size(), Set.of(item.author()), approvers);
    }
}
