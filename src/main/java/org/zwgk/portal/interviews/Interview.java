package org.zwgk.portal.interviews;

import org.zwgk.portal.workflow.ReviewedPublication;
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

import java.time.Instant;
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
public class Interview extends ReviewedPublication {

    public enum Kind { INTERVIEW, PRESS_CONFERENCE }

    public enum Status { SCHEDULED, LIVE, ENDED }

    @Enumerated(EnumType.STRING)
    public Kind kind;
    public Instant startsAt;
    public String place;
    /** One guest a line: name, then title (职务). */
    public String guests;
    public String description;
    @Enumerated(EnumType.STRING)
    public Status status;
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


    @Override
    public String reviewType() {
        return "interview";
    }

    @Override
    public String[] publicTexts() {
        return new String[]{title, place, guests, description};
    }

    /** What citizens see: the published ones. */
    public static List<Interview> byStart() {
        return list("publishedAt is not null order by startsAt desc, id desc");
    }


    /** What {@code user} reads at work: every organization's for an auditor or a site admin, their own organizations' otherwise. */
    public static List<Interview> atWork(org.zwgk.portal.access.PortalUser user) {
        return user.auditReader() ? list("order by startsAt desc, id desc")
                : user.roles().isEmpty() ? List.of() : list("organization.code in ?1 order by startsAt desc, id desc", user.roles().keySet());
    }
}
