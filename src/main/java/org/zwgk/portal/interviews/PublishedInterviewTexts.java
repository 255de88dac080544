package org.zwgk.portal.interviews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.privacy.PublishedTexts;

import java.util.List;
import java.util.function.Consumer;

/**
 * The interviews' and press conferences' public texts for the privacy scan, as
 * /hudong/interviews/{id} shows them: the page's own view ({@link InterviewView#of}, not staff):
 * title, place, guests, description, the approved questions and the transcript entries. Every
 * interview has a public page (scheduled ones too). The policy documents' titles are the
 * documents' own text (read by their source).
 */
@ApplicationScoped
class PublishedInterviewTexts implements PublishedTexts {

    private static final int BATCH = 50;

    private final EntityManager em;
    private final Deidentifier gate;

    PublishedInterviewTexts(EntityManager em, Deidentifier gate) {
        this.em = em;
        this.gate = gate;
    }

    @Override
    public String kind() {
        return "interviews";
    }

    @Override
    public void forEach(Consumer<Text> each) {
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.joiningExisting().call(() -> {
                List<Interview> batch = em.createQuery("select i from Interview i where i.id > :after order by i.id", Interview.class)
                        .setParameter("after", from).setMaxResults(BATCH).getResultList();
                for (Interview i : batch) {
                    InterviewView v = InterviewView.of(i, gate, false);
                    String subject = "interview:" + v.id();
                    String url = "/hudong/interviews/" + v.id();
                    send(each, subject, v.title(), url, "title", v.title());
                    send(each, subject, v.title(), url, "place", v.place());
                    for (InterviewView.Guest g : v.guests()) {
                        send(each, subject, v.title(), url, "guest", (g.name() + " " + g.title()).strip());
                    }
                    send(each, subject, v.title(), url, "description", v.description());
                    for (org.zwgk.portal.contributions.ContributionView q : v.questions()) {
                        send(each, subject, v.title(), url, "question:" + q.id(), q.body());
                    }
                    for (InterviewView.Entry e : v.entries()) {
                        send(each, subject, v.title(), url, "speaker:" + e.id(), e.speaker());
                        send(each, subject, v.title(), url, "entry:" + e.id(), e.body());
                    }
                }
                List<Long> read = batch.stream().map(i -> i.id).toList();
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
