package org.zwgk.portal.records;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One structured record of a {@link RecordType}, owned by an organization (谁开设、谁管理). What the
 * public sees is {@link #publishedValues} (masked on the way out); a change is edited and reviewed in
 * {@link #pendingValues} and replaces it only when approved, as a new {@link RecordVersion}.
 */
@Entity
@Table(name = "record_entry")
public class RecordEntry extends PanacheEntity {

    public enum PublicState { NONE, PUBLISHED, WITHDRAWN }

    public enum PendingState { EDITING, SUBMITTED }

    public String typeCode;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;

    /** The business system's key: a batch sending it again updates this record instead of adding one. */
    public String sourceKey;
    public String title;
    public String publishedValues;
    public String pendingValues;

    @Enumerated(EnumType.STRING)
    public PendingState pendingState;
    public String pendingNote;
    /** Who last saved the pending change (shown); {@link #editors} holds everyone who wrote or changed it. */
    public String pendingEditor;

    /**
     * Everyone who wrote or changed the pending version: none of them approves it, at any level,
     * whatever other role they hold. Cleared when the version is published.
     */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "record_editor", joinColumns = @jakarta.persistence.JoinColumn(name = "record_id"))
    @jakarta.persistence.Column(name = "username")
    public java.util.Set<String> editors = new java.util.HashSet<>();

    /** The review levels the pending change needs (the organization's, when it went to review) and how many are approved. */
    public int reviewLevels = 1;
    public int approvedLevels;
    /** Counts the times the record went to review; each level's decision names its round. */
    public int reviewRound;
    public Instant submittedAt;

    @Enumerated(EnumType.STRING)
    public PublicState publicState = PublicState.NONE;

    public int version;

    @Version
    public long lockVersion;

    public String searchText;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public Instant firstPublishedAt;
    public Instant publishedAt;
    public LocalDate dueOn;
    public boolean late;
    public LocalDate publicUntil;
    public Instant withdrawnAt;
    public String withdrawnReason;

    /** The review level the next approval completes (一审 = 1). */
    public int nextLevel() {
        return approvedLevels + 1;
    }

    /**
     * The one rule of what the public sees of records (pages, API, open data, search, facet counts):
     * published and not past its public period ({@link #publicUntil}, the last public day, in the
     * portal's zone). {@link #PUBLIC_NOW} is the same rule in JPQL over the alias {@code r}, with the
     * parameters {@link #publicNow} sets; search keeps {@code publicUntil} on the entry and applies it
     * at query time with the same clock.
     */
    public boolean isPublic(LocalDate today) {
        return publicState == PublicState.PUBLISHED && (publicUntil == null || !publicUntil.isBefore(today));
    }

    /** {@link #isPublic} as a JPQL condition on {@code r}; bind its parameters with {@link #publicNow}. */
    public static final String PUBLIC_NOW = "r.publicState = :publicState and (r.publicUntil is null or r.publicUntil >= :today)";

    public static <Q extends jakarta.persistence.Query> Q publicNow(Q query, LocalDate today) {
        query.setParameter("publicState", PublicState.PUBLISHED);
        query.setParameter("today", today);
        return query;
    }

    public static Optional<RecordEntry> bySourceKey(String type, Organization org, String key) {
        return find("typeCode = ?1 and organization = ?2 and sourceKey = ?3", type, org, key).firstResultOptional();
    }
}
