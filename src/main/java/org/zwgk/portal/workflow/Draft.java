package org.zwgk.portal.workflow;

import org.zwgk.portal.documents.DocumentMetadata;

import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentContent;
import org.zwgk.portal.documents.Validity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A document being written or reviewed: a new one, or the next version of a published one. It lives
 * apart from {@link Document}, so nothing unpublished can reach public pages, the API or the index.
 */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntity {

    /** The published document this draft revises; null for a new document. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Document document;

    @Enumerated(EnumType.STRING)
    public DraftStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Channel channel;

    @Embedded
    public DocumentMetadata meta = new DocumentMetadata();

    @Enumerated(EnumType.STRING)
    public ChangeKind changeKind;
    public String changeNote;
    /** Publish at this time once approved; null publishes on the last approval. */
    public Instant scheduledAt;

    public int requiredLevels;
    public int approvedLevels;

    public String author;
    /**
     * Everyone who wrote or changed this draft: the author, and each account that saved it or changed
     * its attachments. None of them approves it, at any level, whatever other role they hold.
     */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "draft_editor", joinColumns = @jakarta.persistence.JoinColumn(name = "draft_id"))
    @jakarta.persistence.Column(name = "username")
    public java.util.Set<String> editors = new java.util.HashSet<>();
    public Instant createdAt;
    public Instant updatedAt;
    public String updatedBy;
    public Instant submittedAt;
    public Instant publishedAt;

    /** For an interpretation (解读): the published policy it explains, linked when the draft is published. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Document interprets;

    /**
     * Seed row 13: a policy of a kind that wants an interpretation (解读) published with it, and none
     * published or waiting in a draft linked to it. The reviewer is warned; publication is not blocked.
     */
    /**
     * The 政府信息公开目录 fields left empty that a published item is listed and found by: its 主题分类,
     * 体裁分类 and 成文日期, and a policy's 文号. Shown to editor and reviewer; not a refusal, since
     * some items have none (a notice has no 文号, an old text no known date).
     */
    public List<DraftInput.Field> missingCatalogueFields() {
        List<DraftInput.Field> missing = new java.util.ArrayList<>();
        if (meta.type == org.zwgk.portal.catalog.DocumentType.POLICY && (meta.docNumber == null || meta.docNumber.isBlank())) {
            missing.add(DraftInput.Field.DOC_NUMBER);
        }
        if (meta.topic == null) {
            missing.add(DraftInput.Field.TOPIC);
        }
        if (meta.genre == null) {
            missing.add(DraftInput.Field.GENRE);
        }
        if (meta.writtenOn == null) {
            missing.add(DraftInput.Field.WRITTEN_ON);
        }
        return missing;
    }

    /** Another published document under this draft's 文号, or null (a typing error or a second copy). */
    public Document docNumberTakenBy() {
        return org.zwgk.portal.documents.DocNumbers.sharedWith(meta.docNumber, document).orElse(null);
    }

    public boolean lacksInterpretation() {
        if (!org.zwgk.portal.documents.Interpretations.required(meta.type, channel)) {
            return false;
        }
        if (document == null) {
            return true;
        }
        return !org.zwgk.portal.documents.Interpretations.interpreted(document)
                && count("interprets = ?1 and status in ?2", document,
                List.of(DraftStatus.DRAFT, DraftStatus.SUBMITTED, DraftStatus.RETURNED, DraftStatus.APPROVED)) == 0;
    }

    /** Optimistic lock: a save over a stale copy fails instead of overwriting someone's work. */
    @Version
    public long lockVersion;

    /** The lock version a form or API call says it read, which every change must send. */
    static long sentVersion(Long lockVersion) {
        if (lockVersion == null) {
            throw org.zwgk.portal.web.UserError.badInput("lockVersion", m -> m.draftVersionMissing());
        }
        return lockVersion;
    }

    /** A correction whose document was withdrawn (or removed) after it was started. */
    public boolean revisesWithdrawn() {
        return document != null && status != DraftStatus.PUBLISHED
                && document.status != org.zwgk.portal.documents.DocumentStatus.PUBLISHED;
    }

    /** Whether this person wrote or changed the draft, and so may not review it. */
    public boolean editedBy(String username) {
        return author.equals(username) || editors.contains(username);
    }

    /** The review level the next approval completes (一审 = 1). */
    public int nextLevel() {
        return approvedLevels + 1;
    }

    public DocumentContent content() {
        return new DocumentContent(organization, channel, meta, null);
    }

    /** Not yet published nor given up: written, returned, in review or approved and waiting for its time. */
    static final List<DraftStatus> OPEN = List.of(DraftStatus.DRAFT, DraftStatus.RETURNED, DraftStatus.SUBMITTED,
            DraftStatus.APPROVED);

    public static List<Draft> byAuthor(String username) {
        return list("author = ?1 and status in ?2 order by updatedAt desc", username, OPEN);
    }

    /** Drafts waiting for review in these organizations. */
    public static List<Draft> awaitingReview(Collection<String> organizationCodes) {
        if (organizationCodes.isEmpty()) {
            return List.of();
        }
        // organization and editors fetched with them: the review queue asks both of every draft
        return list("select d from Draft d join fetch d.organization o left join fetch d.editors"
                + " where d.status = ?1 and o.code in ?2 order by d.submittedAt", DraftStatus.SUBMITTED, organizationCodes);
    }

    public static Optional<Draft> openFor(Document document) {
        return find("document = ?1 and status in ?2", document, OPEN).firstResultOptional();
    }

    /** The drafts still open in a channel (not published, not given up). */
    public static List<Draft> openIn(org.zwgk.portal.channels.Channel channel) {
        return list("channel = ?1 and status in ?2", channel, OPEN);
    }

    /**
     * The ids of the approved drafts whose time has come by {@code now}, read without locks: the caller
     * locks each and asks {@link #dueBy} again, since one may have been cancelled meanwhile.
     */
    public static List<Long> dueForPublication(Instant now) {
        return getEntityManager().createQuery("select d.id from Draft d where d.status = :status"
                        + " and (d.scheduledAt is null or d.scheduledAt <= :now) order by d.id", Long.class)
                .setParameter("status", DraftStatus.APPROVED).setParameter("now", now).getResultList();
    }

    /** Approved, and its publication time (if any) has come by {@code now}. */
    boolean dueBy(Instant now) {
        return status == DraftStatus.APPROVED && (scheduledAt == null || !scheduledAt.isAfter(now));
    }
}
