package org.zwgk.portal.surveys;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;

/** One question of a survey: single choice, multiple choice or free text; options one per line. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends PanacheEntity {

    public enum Kind { SINGLE, MULTIPLE, TEXT }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Survey survey;
    public int position;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String prompt;
    public boolean required;
    public String options;

    public List<String> optionList() {
        return options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split("\n"));
    }

    public static List<SurveyQuestion> of(Survey s) {
        return list("survey = ?1 order by position", s);
    }
}
