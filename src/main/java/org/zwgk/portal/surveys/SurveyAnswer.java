package org.zwgk.portal.surveys;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.contributions.Contribution;

/**
 * One answer of a response: a chosen option ({@link #choice}, one row per option ticked, COUNTED) or a
 * text ({@link #body}), which is shown only once approved, and then de-identified.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends Contribution {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SurveyResponse response;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public SurveyQuestion question;
    public Integer choice;

    @Override
    public Subject subject() {
        return new Subject("survey", question.survey.id, question.survey.organization);
    }
}
