package org.zwgk.portal.interviews;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A citizen's question for the guests, before or during the event: shown (de-identified) once approved. */
@Entity
@Table(name = "interview_question")
public class InterviewQuestion extends PanacheEntity {

    public enum Status { PENDING, APPROVED, REJECTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Interview interview;
    public String body;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant receivedAt;
    public String moderatedBy;
    public Instant moderatedAt;

    public static List<InterviewQuestion> of(Interview i, Status status) {
        return list("interview = ?1 and status = ?2 order by id", i, status);
    }
}
