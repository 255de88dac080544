package org.zwgk.portal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one rule of review levels (一审, 二审, 三审 …) for everything that is reviewed before it is
 * public: drafts of documents and records alike. The owner organization says how many levels; each
 * level is approved by a reviewer of the owner who is none of the version's authors (whoever wrote or
 * changed it, whatever other role they hold: four eyes), and by a different person at each level. What
 * is being reviewed keeps its own tables; it tells this rule what it holds ({@link Item}) and is told
 * whether the person may take the step and whether that step is the last.
 */
@ApplicationScoped
public class ReviewLevels {

    /** The words a refusal uses, so each kind of item is named as its users know it. */
    public record Wording(Function<Messages, String> author, Function<Messages, String> sameReviewer) {
    }

    /** Drafts of documents (稿件). */
    public static final Wording DRAFTS = new Wording(Messages::draftOwnReview, Messages::draftSameReviewer);

    /**
     * One version under review: its owner, the levels it needs (fixed when it went to review), how many
     * are approved in this round, everyone who wrote or changed this version, and who approved the
     * levels of this round so far.
     */
    public record Item(Organization owner, int requiredLevels, int approvedLevels, Set<String> authors,
                       Collection<String> approvedBy) {
        public Item {
            authors = Set.copyOf(authors);
            approvedBy = List.copyOf(approvedBy);
        }
    }

    /** The level an approval completes (一审 = 1) of how many; the last one makes the version public. */
    public record Step(int level, int of) {
        public boolean last() {
            return level >= of;
        }
    }

    private final Ownership ownership;

    ReviewLevels(Ownership ownership) {
        this.ownership = ownership;
    }

    /** How many reviewers in turn approve before publication in this organization (at least one). */
    public static int requiredBy(Organization owner) {
        return owner.requiredReviewers();
    }

    /**
     * Whether this person may review (approve or return) this version at all: a reviewer of the owner
     * and none of its authors. For buttons and review queues; the steps ask {@link #requireReviewer}.
     */
    public boolean mayReview(PortalUser user, Item item) {
        return user != null && ownership.holds(user, Role.REVIEWER, item.owner()) && !item.authors().contains(user.username());
    }

    /** Whether this person may approve the next level now: may review, and approved no earlier level of this round. */
    public boolean mayApprove(PortalUser user, Item item) {
        return mayReview(user, item) && !item.approvedBy().contains(user.username());
    }

    /** The item as a line of this person's 待我审核 when they may approve its next level now; empty otherwise. */
    public java.util.Optional<AwaitingReview> awaiting(PortalUser user, Item item, String kind, String title, String url, String author,
                                                       java.time.Instant since) {
        return mayApprove(user, item)
                ? java.util.Optional.of(new AwaitingReview(kind, title, url, author, item.approvedLevels() + 1,
                Math.max(1, item.requiredLevels()), since))
                : java.util.Optional.empty();
    }

    /** Refuses (403) anyone who is not a reviewer of the owner, and any author of the version whatever their roles. */
    public void requireReviewer(PortalUser user, Item item, Wording wording) {
        ownership.require(user, Role.REVIEWER, item.owner());
        if (item.authors().contains(user.username())) {
            throw UserError.forbidden(wording.author());
        }
    }

    /**
     * The level this person's approval completes, and whether it is the last; refused with 403 for
     * someone who may not review this version and with 409 for someone who approved an earlier level
     * of this round (each level a different person). Writes nothing.
     */
    public Step approval(PortalUser user, Item item, Wording wording) {
        requireReviewer(user, item, wording);
        if (item.approvedBy().contains(user.username())) {
            throw UserError.conflict(wording.sameReviewer());
        }
        int of = Math.max(1, item.requiredLevels());
        return new Step(Math.min(item.approvedLevels() + 1, of), of);
    }
}
