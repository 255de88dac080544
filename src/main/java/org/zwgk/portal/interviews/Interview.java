package org.zwgk.portal.interviews;

import org.zwgk.portal.access.Owner;
import org.zwgk.portal.access.Publishable;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 在线访谈 or 新闻发布会: scheduled by an organization's editor with its guests and the policy
 * documents it discusses; live while the editor adds entries; ended by the editor, after which its
 * entries are the transcript.
 */
@Entity
@Table(name = "interview")
public class Interview extends PanacheEntity implements Publishable {

    public enum Kind { INTERVIEW, PRESS_CONFERENCE }

    public enum Status { SCHEDULED, LIVE, ENDED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String title;
    public Instant startsAt;
    public String place;
    /** One guest a line: name, then title (职务). */
    public String guests;
    public String description;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String createdBy;
    public Instant createdAt;
    /** The reviewer who made it public, not its author; null while it waits for review. */
    public String publishedBy;
    /** Its organization's review levels when it was written; each approved by another reviewer before it is public. */
    public int requiredLevels = 1;
    public Instant publishedAt;
    public Instant endedAt;
    /** The published policy documents discussed (document ids). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "interview_document", joinColumns = @JoinColumn(name = "interview_id"))
    @Column(name = "document_id")
    public Set<Long> documentIds = new LinkedHashSet<>();
    /** The transcript as published directly when an event ended, before transcripts went to review. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transcript_document_id")
    public org.zwgk.portal.documents.Document transcript;

    /** The transcript sent to review when the event ended; published by the organization's reviewers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transcript_draft_id")
    public org.zwgk.portal.workflow.Draft transcriptDraft;

    /** The transcript's document while it is public: one reviewed from its draft, or one published before reviews were asked. */
    public org.zwgk.portal.documents.Document publicTranscript() {
        org.zwgk.portal.documents.Document d = transcriptDraft != null && transcriptDraft.document != null
                ? transcriptDraft.document : transcript;
        return d != null && d.isListed() ? d : null;
    }

    @Version
    public long lockVersion;

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
    public String reviewType() {
        return "interview";
    }

    @Override
    public Long reviewId() {
        return id;
    }

    @Override
    public int requiredLevels() {
        return requiredLevels;
    }

    @Override
    public String[] publicTexts() {
        return new String[]{title, place, guests, description};
    }

    /** What citizens see: the published ones. */
    public static List<Interview> byStart() {
        return list("publishedAt is not null order by startsAt desc, id desc");
    }

    public static List<Interview> of(Collection<String> orgCodes) {
        return orgCodes.isEmpty() ? List.of() : list("organization.code in ?1 order by startsAt desc, id desc", orgCodes);
    }
}
