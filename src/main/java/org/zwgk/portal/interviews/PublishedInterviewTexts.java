package org.zwgk.portal.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.access.Reader;
import org.zwgk.portal.contributions.ContributionView;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.privacy.PublishedTexts;
import org.zwgk.portal.web.Routes;

import java.util.List;
import java.util.function.Consumer;

/**
 * The interviews' and press conferences' public texts for the privacy scan, as
 * /hudong/interviews/{id} shows them: the page's own view ({@link InterviewView#of}, not staff):
 * title, place, guests, description, the approved questions and the transcript entries. Every
 * published interview has a public page (scheduled ones too). The policy documents' titles are the
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
        PublishedTexts.inPages(em, after -> {
            List<Interview> batch = em.createQuery("select i from Interview i where i.id > :after and i.publishedAt is not null order by i.id", Interview.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (Interview i : batch) {
                InterviewView v = InterviewView.of(i, gate, Reader.PUBLIC);
                Subject texts = new Subject(each, "interview:" + v.id(), v.title(), Routes.interview(v.id()));
                texts.send("title", v.title());
                texts.send("place", v.place());
                for (InterviewView.Guest g : v.guests()) {
                    texts.send("guest", (g.name() + " " + g.title()).strip());
                }
                texts.send("description", v.description());
                for (ContributionView q : v.questions()) {
                    texts.send("question:" + q.id(), q.body());
                }
                for (InterviewView.Entry e : v.entries()) {
                    texts.send("speaker:" + e.id(), e.speaker());
                    texts.send("entry:" + e.id(), e.body());
                }
            }
            return batch.stream().map(i -> i.id).toList();
        });
    }
}
