package org.zwgk.portal.workflow;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.zwgk.portal.access.Owner;
import org.zwgk.portal.access.Publishable;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;

/**
 * What a survey, a consultation and an interview share as {@link Publishable}s: the organization that
 * writes it, its author, its review levels and who published it when ({@link PublicationLevels}).
 * Each keeps these columns in its own table.
 */
@MappedSuperclass
public abstract class ReviewedPublication extends PanacheEntity implements Publishable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    public String title;
    public String createdBy;
    public Instant createdAt;
    /** The reviewer whose approval of the last level made it public, not its author; null while it waits for review. */
    public String publishedBy;
    public Instant publishedAt;
    /**
     * Counts its changes: a reviewer's form carries the one they read, so a version changed since (an editor
     * saved it while the reviewer had the page open) is not approved unseen.
     */
    @jakarta.persistence.Version
    public long lockVersion;
    /** Its organization's review levels when it was written; each approved by another reviewer before it is public. */
    public int requiredLevels = 1;
    /** Everyone but its author who changed it before publication, space-separated: none of them may approve it. */
    public String changedBy;
    /** When it was last changed before publication (in review again from then on); null if never. */
    public Instant changedAt;
    /** Its column's width: some fifteen colleagues or more; beyond it the item is written again rather than changed. */
    static final int MAX_CHANGED_BY = 1000;
    /** 退回修改: the reviewer who sent it back to its author, when and why; null while it is in review. */
    public String returnedBy;
    public Instant returnedAt;
    public String returnComment;

    /** Who writes it, for which organization, when: its review levels are that organization's now. */
    public void writtenBy(Organization organization, String author, Instant at) {
        this.organization = organization;
        this.createdBy = author;
        this.createdAt = at;
        this.requiredLevels = ReviewLevels.requiredBy(organization);
    }

    @Override
    public boolean published() {
        return publishedAt != null;
    }

    /** When it was sent to review: written, or changed since. */
    public Instant submittedAt() {
        return changedAt != null ? changedAt : createdAt;
    }

    /** Sent back to its author: out of review until the author changes it. */
    public boolean returned() {
        return returnedAt != null;
    }

    @Override
    public Owner owner() {
        return organization;
    }

    @Override
    public java.util.Set<String> authors() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        all.add(createdBy);
        if (changedBy != null && !changedBy.isBlank()) {
            all.addAll(java.util.List.of(changedBy.strip().split(" +")));
        }
        return all;
    }

    /** {@code username} changed it: from now on one of its authors. */
    public void changedBy(String username) {
        if (!authors().contains(username)) {
            if ((changedBy == null ? 0 : changedBy.length()) + username.length() + 1 > MAX_CHANGED_BY) {
                throw org.zwgk.portal.web.UserError.conflict(m -> io.quarkus.qute.i18n.MessageBundles.get(PublicationMessages.class).tooManyChangers());
            }
            changedBy = changedBy == null || changedBy.isBlank() ? username : changedBy + " " + username;
        }
    }

    @Override
    public String publisher() {
        return publishedBy;
    }

    @Override
    public void markPublished(String reviewer, Instant at) {
        publishedBy = reviewer;
        publishedAt = at;
    }

    @Override
    public Long reviewId() {
        return id;
    }

    @Override
    public int requiredLevels() {
        return requiredLevels;
    }
}
