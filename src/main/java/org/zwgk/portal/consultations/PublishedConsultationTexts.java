package org.zwgk.portal.consultations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.privacy.PublishedTexts;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The consultations' public texts for the privacy scan, as /hudong/consultations/{id} shows them:
 * the page's own view ({@link ConsultationView#of}, not staff), so a field the page forgot to mask
 * is found and what it masks is not. Every consultation has a public page (upcoming ones too).
 * The final document's title is the documents' own text (read by their source).
 */
@ApplicationScoped
class PublishedConsultationTexts implements PublishedTexts {

    private static final int BATCH = 100;

    private final EntityManager em;
    private final ConsultationService service;
    private final Deidentifier gate;

    PublishedConsultationTexts(EntityManager em, ConsultationService service, Deidentifier gate) {
        this.em = em;
        this.service = service;
        this.gate = gate;
    }

    @Override
    public String kind() {
        return "consultations";
    }

    @Override
    public void forEach(Consumer<Text> each) {
        LocalDate today = service.today();
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.joiningExisting().call(() -> {
                List<Consultation> batch = em.createQuery("select c from Consultation c where c.id > :after order by c.id", Consultation.class)
                        .setParameter("after", from).setMaxResults(BATCH).getResultList();
                for (Consultation c : batch) {
                    ConsultationView v = ConsultationView.of(c, today, gate, false);
                    String subject = "consultation:" + v.id();
                    String url = "/hudong/consultations/" + v.id();
                    send(each, subject, v.title(), url, "title", v.title());
                    send(each, subject, v.title(), url, "description", v.description());
                    send(each, subject, v.title(), url, "shortPeriodReason", v.shortPeriodReason());
                    send(each, subject, v.title(), url, "feedback", v.feedback());
                    for (org.zwgk.portal.contributions.ContributionView k : v.shown()) {
                        send(each, subject, v.title(), url, "comment:" + k.id(), k.body());
                    }
                }
                List<Long> read = batch.stream().map(c -> c.id).toList();
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
