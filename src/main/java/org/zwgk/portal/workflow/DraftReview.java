package org.zwgk.portal.workflow;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One reviewer's decision at one level (一审, 二审, 三审 …) of a draft. */
@Entity
@Table(name = "draft_review")
public class DraftReview extends PanacheEntity {

    /**
     * APPROVE and RETURN by reviewers; UNSCHEDULE when an approved draft's scheduled publication was
     * cancelled by its organization's staff (取消定时发布) and it went back to its editors.
     */
    public enum Decision { APPROVE, RETURN, UNSCHEDULE }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Draft draft;
    @Column(name = "level_no")
    public int level;
    public String reviewer;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Decision decision;
    public String comment;
    public Instant decidedAt;

    /**
     * A decision at a level of the draft's review, in its history: an approval at the level it
     * completes, a return at the level it had reached (the reviewer's own, or, handed over with its
     * channel, the next one nobody will now take).
     */
    static DraftReview record(Draft draft, int level, String reviewer, Decision decision, String comment) {
        DraftReview r = new DraftReview();
        r.draft = draft;
        r.level = level;
        r.reviewer = reviewer;
        r.decision = decision;
        r.comment = comment == null || comment.isBlank() ? null : comment.strip();
        r.decidedAt = Instant.now();
        r.persist();
        return r;
    }

    public static List<DraftReview> of(Draft draft) {
        return list("draft = ?1 order by decidedAt, id", draft);
    }

    /** The histories of many drafts in one query (a list page asks each of them), by draft id; absent when none. */
    static java.util.Map<Long, List<DraftReview>> ofAll(java.util.Collection<Draft> drafts) {
        if (drafts.isEmpty()) {
            return java.util.Map.of();
        }
        return DraftReview.<DraftReview>list("draft in ?1 order by decidedAt, id", drafts).stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.draft.id, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }
}
