package org.zwgk.portal.surveys;

import org.zwgk.portal.workflow.ReviewedPublication;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/**
 * 征集调查 问卷: an organization's questionnaire. An editor writes it, another person (a reviewer of
 * the same organization) publishes it; citizens answer from {@link #opensOn} to {@link #closesOn}
 * (inclusive). Open or closed by the date of the injected clock alone, so it closes by itself.
 */
@Entity
@Table(name = "survey")
public class Survey extends ReviewedPublication {

    public enum State { DRAFT, UPCOMING, OPEN, CLOSED }

    public String description;
    public LocalDate opensOn;
    public LocalDate closesOn;

    @Override
    public String reviewType() {
        return "survey";
    }

    @Override
    public String[] publicTexts() {
        // the questions and their options are on the public form as well
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(title, description == null ? "" : description));
        SurveyQuestion.of(this).forEach(q -> {
            texts.add(q.prompt);
            texts.add(q.options == null ? "" : q.options);
        });
        return texts.toArray(String[]::new);
    }

    public State state(LocalDate today) {
        if (!published()) {
            return State.DRAFT;
        }
        if (today.isBefore(opensOn)) {
            return State.UPCOMING;
        }
        return today.isAfter(closesOn) ? State.CLOSED : State.OPEN;
    }

    public static List<Survey> publishedNewestFirst() {
        return list("publishedAt is not null order by opensOn desc, id desc");
    }


    /** What {@code user} reads at work: every organization's for an auditor or a site admin, their own organizations' otherwise. */
    public static List<Survey> atWork(org.zwgk.portal.access.PortalUser user) {
        return user.auditReader() ? list("order by id desc")
                : user.roles().isEmpty() ? List.of() : list("organization.code in ?1 order by id desc", user.roles().keySet());
    }
}
