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
    /** Its organization's review levels when it was written; each approved by another reviewer before it is public. */
    public int requiredLevels = 1;

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

    @Override
    public Owner owner() {
        return organization;
    }

    @Override
    public String author() {
        return createdBy;
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
