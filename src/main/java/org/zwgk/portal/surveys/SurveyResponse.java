package org.zwgk.portal.surveys;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A citizen's filled-in questionnaire: one per signed form token (its hash is unique). */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Survey survey;
    public String tokenHash;
    public Instant receivedAt;
}
