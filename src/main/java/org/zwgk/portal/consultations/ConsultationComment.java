package org.zwgk.portal.consultations;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A citizen's comment: shown (de-identified) only once the organization approved it. */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment extends PanacheEntity {

    public enum Status { PENDING, APPROVED, REJECTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Consultation consultation;
    public String body;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant receivedAt;
    public String moderatedBy;
    public Instant moderatedAt;
    /** Set in the feedback: whether the comment was adopted (采纳). */
    public Boolean adopted;

    public static List<ConsultationComment> of(Consultation c, Status status) {
        return list("consultation = ?1 and status = ?2 order by id", c, status);
    }

    public static long count(Consultation c, Status status) {
        return count("consultation = ?1 and status = ?2", c, status);
    }
}
