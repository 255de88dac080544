package org.zwgk.portal.interviews;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.contributions.Contribution;

import java.time.Instant;
import java.util.List;

/** A citizen's question for the guests, before or during the event: shown (de-identified) once approved. */
@Entity
@Table(name = "interview_question")
public class InterviewQuestion extends Contribution {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Interview interview;
    public Instant receivedAt;

    @Override
    public Subject subject() {
        return new Subject("interview", interview.id, interview.organization);
    }

    public static List<InterviewQuestion> of(Interview i, Status status) {
        return list("interview = ?1 and status = ?2 order by id", i, status);
    }
}
