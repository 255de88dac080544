package org.zwgk.portal.surveys;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One answer of a response: a chosen option ({@link #choice}, one row per option ticked) or a text
 * ({@link #body}), which is shown only once approved, and then de-identified.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends PanacheEntity {

    public enum Status { COUNTED, PENDING, APPROVED, REJECTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SurveyResponse response;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SurveyQuestion question;
    public Integer choice;
    public String body;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String moderatedBy;
    public Instant moderatedAt;
}
