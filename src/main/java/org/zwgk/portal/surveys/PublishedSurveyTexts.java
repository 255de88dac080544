package org.zwgk.portal.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.contributions.ContributionView;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.privacy.PublishedTexts;
import org.zwgk.portal.web.Routes;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The published surveys' public texts for the privacy scan, as their pages show them: the survey
 * page's view ({@link SurveyView#of}: title, description, questions, options) and, once closed,
 * the results page's ({@link SurveyView#results}: the approved free-text answers, masked there).
 */
@ApplicationScoped
class PublishedSurveyTexts implements PublishedTexts {

    private static final int BATCH = 100;

    private final EntityManager em;
    private final SurveyService service;
    private final Deidentifier gate;

    PublishedSurveyTexts(EntityManager em, SurveyService service, Deidentifier gate) {
        this.em = em;
        this.service = service;
        this.gate = gate;
    }

    @Override
    public String kind() {
        return "surveys";
    }

    @Override
    public void forEach(Consumer<Text> each) {
        LocalDate today = service.today();
        PublishedTexts.inPages(em, after -> {
            List<Survey> batch = em.createQuery("select s from Survey s where s.publishedAt is not null and s.id > :after order by s.id",
                    Survey.class).setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (Survey s : batch) {
                SurveyView v = SurveyView.shown(s, today, gate);
                Subject texts = new Subject(each, "survey:" + v.id(), v.title(), Routes.survey(v.id()));
                texts.send("title", v.title());
                texts.send("description", v.description());
                for (SurveyView.Question q : v.questions()) {
                    texts.send("question:" + q.number(), q.prompt());
                    for (SurveyView.Option o : q.options()) {
                        texts.send("option:" + q.number() + "." + (o.index() + 1), o.label());
                    }
                }
                if (v.closed()) {
                    Subject results = new Subject(each, texts.subject(), v.title(), Routes.surveyResults(v.id()));
                    for (SurveyView.Chart c : SurveyView.results(s, gate)) {
                        for (ContributionView t : c.texts()) {
                            results.send("answer:" + c.question().number(), t.body());
                        }
                    }
                }
            }
            return batch.stream().map(s -> s.id).toList();
        });
    }
}
