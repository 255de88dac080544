package org.zwgk.portal.consultations;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.contributions.Contribution;

import java.time.Instant;
import java.util.List;

/** A citizen's comment: shown (de-identified) only once the organization approved it. */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment extends Contribution {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Consultation consultation;
    public Instant receivedAt;
    /** Set in the feedback: whether the comment was adopted (采纳). */
    public Boolean adopted;

    @Override
    public Subject subject() {
        return new Subject("consultation", consultation.id, consultation.organization);
    }

    public static List<ConsultationComment> of(Consultation c, Status status) {
        return list("consultation = ?1 and status = ?2 order by id", c, status);
    }
}
