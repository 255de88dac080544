package org.zwgk.portal.records;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One reviewer's decision at one level (一审, 二审 …) of one round of review of a record's next version. */
@Entity
@Table(name = "record_review")
public class RecordReview extends PanacheEntity {

    public enum Decision { APPROVE, RETURN }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public RecordEntry record;
    /** The version the reviewed values become when published. */
    @Column(name = "version_no")
    public int version;
    @Column(name = "round_no")
    public int round;
    @Column(name = "level_no")
    public int level;
    public String reviewer;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String comment;
    public Instant decidedAt;

    /** Every decision on this record, oldest first. */
    public static List<RecordReview> of(RecordEntry r) {
        return list("record = ?1 order by decidedAt, id", r);
    }

    /** Who approved the levels of the record's current round, level 1 first. */
    public static List<String> approversInRound(RecordEntry r) {
        if (r.id == null) {
            return List.of();
        }
        return RecordReview.<RecordReview>list("record = ?1 and round = ?2 and decision = ?3 order by level, id",
                r, r.reviewRound, Decision.APPROVE).stream().map(v -> v.reviewer).toList();
    }
}
