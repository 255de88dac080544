package org.zwgk.portal.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.access.Reader;
import org.zwgk.portal.contributions.ContributionView;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.privacy.PublishedTexts;
import org.zwgk.portal.web.Routes;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The consultations' public texts for the privacy scan, as /hudong/consultations/{id} shows them:
 * the page's own view ({@link ConsultationView#of}, not staff), so a field the page forgot to mask
 * is found and what it masks is not. Every published consultation has a public page (upcoming ones too).
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
        PublishedTexts.inPages(em, after -> {
            List<Consultation> batch = em.createQuery("select c from Consultation c where c.id > :after and c.publishedAt is not null order by c.id", Consultation.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (Consultation c : batch) {
                ConsultationView v = ConsultationView.of(c, today, gate, Reader.PUBLIC);
                Subject texts = new Subject(each, "consultation:" + v.id(), v.title(), Routes.consultation(v.id()));
                texts.send("title", v.title());
                texts.send("description", v.description());
                texts.send("shortPeriodReason", v.shortPeriodReason());
                texts.send("feedback", v.feedback());
                for (ContributionView k : v.shown()) {
                    texts.send("comment:" + k.id(), k.body());
                }
            }
            return batch.stream().map(c -> c.id).toList();
        });
    }
}
