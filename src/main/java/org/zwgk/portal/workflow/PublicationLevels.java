package org.zwgk.portal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.PublicationApproval;
import org.zwgk.portal.access.Publishable;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.Messages;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The review levels of a survey, a consultation or an interview before it is public: the rule of
 * {@link ReviewLevels} (its organization's levels, none approved by its author, a different reviewer at
 * each), with the approvals kept as {@link PublicationApproval}s.
 */
@ApplicationScoped
public class PublicationLevels {

    static final ReviewLevels.Wording WORDING = new ReviewLevels.Wording(Messages::publicationFourEyes, Messages::publicationSameReviewer);

    private final ReviewLevels levels;
    private final Clock clock;
    private final org.zwgk.portal.audit.AuditLog audit;

    PublicationLevels(ReviewLevels levels, Clock clock, org.zwgk.portal.audit.AuditLog audit) {
        this.levels = levels;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * This reviewer's approval of the item's next level, audited ({@code confirmed}: the listed words
     * they confirmed); the last level publishes it. True when it is public now.
     */
    public boolean publish(PortalUser user, Publishable item, Organization owner, List<String> confirmed,
                           org.zwgk.portal.audit.AuditLog.Actor actor) {
        ReviewLevels.Step step = approve(user, item, owner);
        String words = confirmed.isEmpty() ? "" : " sensitive words confirmed: " + String.join("、", confirmed);
        if (!step.last()) {
            audit.record(actor, item.reviewType() + ".publish-level", item.reviewType(), item.reviewId(),
                    owner.code + " level " + step.level() + "/" + step.of() + words);
            return false;
        }
        item.markPublished(user.username(), clock.instant());
        audit.record(actor, item.reviewType() + ".publish", item.reviewType(), item.reviewId(), owner.code + " " + item.publicTexts()[0] + words);
        return true;
    }

    /**
     * Records this reviewer's approval of the item's next level (403 for its author or a non-reviewer,
     * 409 for one who approved an earlier level); the step says whether it was the last.
     */
    ReviewLevels.Step approve(PortalUser user, Publishable item, Organization owner) {
        List<String> approvers = item.approvers();
        ReviewLevels.Step step = levels.approval(user, new ReviewLevels.Item(owner, item.requiredLevels(), approvers.size(),
                Set.of(item.author()), approvers), WORDING);
        PublicationApproval.record(item.reviewType(), item.reviewId(), step.level(), user.username(), null, clock.instant());
        return step;
    }
}
