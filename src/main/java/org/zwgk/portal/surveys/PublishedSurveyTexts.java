package org.zwgk.portal.surveys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.privacy.PublishedTexts;

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
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.joiningExisting().call(() -> {
                List<Survey> batch = em.createQuery("select s from Survey s where s.publishedAt is not null and s.id > :after order by s.id",
                        Survey.class).setParameter("after", from).setMaxResults(BATCH).getResultList();
                for (Survey s : batch) {
                    SurveyView v = SurveyView.shown(s, today, gate);
                    String subject = "survey:" + v.id();
                    String url = "/hudong/surveys/" + v.id();
                    send(each, subject, v.title(), url, "title", v.title());
                    send(each, subject, v.title(), url, "description", v.description());
                    for (SurveyView.Question q : v.questions()) {
                        send(each, subject, v.title(), url, "question:" + q.number(), q.prompt());
                        for (SurveyView.Option o : q.options()) {
                            send(each, subject, v.title(), url, "option:" + q.number() + "." + (o.index() + 1), o.label());
                        }
                    }
                    if (v.closed()) {
                        String results = url + "/results";
                        for (SurveyView.Chart c : SurveyView.results(s, gate)) {
                            for (org.zwgk.portal.contributions.ContributionView t : c.texts()) {
                                send(each, subject, v.title(), results, "answer:" + c.question().number(), t.body());
                            }
                        }
                    }
                }
                List<Long> read = batch.stream().map(s -> s.id).toList();
                em.clear();
                return read;
            });
            if (ids.isEmpty()) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private static void send(Consumer<Text> each, String subject, String label, String url, String field, String text) {
        if (text != null && !text.isEmpty()) {
            each.accept(new Text(subject, label, url, null, field, text));
        }
    }
}
