package org.zwgk.portal.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.privacy.PublishedTexts;

import java.util.List;
import java.util.function.Consumer;

/**
 * The published citizen messages for the privacy scan, as the public list at /hudong shows them
 * ({@link HudongResource.PublishedMessage#of}: the title and the answering organization), each named
 * {@code message:ID} and linked to its public copy. That copy (question, reply, facts) is a document,
 * de-identified when published: its title and body are read by the documents' source too, so a
 * personal value in a published message's title is reported under both (the list and the page).
 * A message's own text, its replies and the citizen's status page are not public (tracking code and
 * secret) and are not read.
 */
@ApplicationScoped
class PublishedMessageTexts implements PublishedTexts {

    private static final int BATCH = 200;

    private final EntityManager em;
    private final MessageRules rules;

    PublishedMessageTexts(EntityManager em, MessageRules rules) {
        this.em = em;
        this.rules = rules;
    }

    @Override
    public String kind() {
        return "messages";
    }

    @Override
    public void forEach(Consumer<Text> each) {
        PublishedTexts.inPages(em, after -> {
            List<CitizenMessage> batch = em.createQuery("select m from CitizenMessage m where m.publishedDocument is not null"
                    + " and m.id > :after order by m.id", CitizenMessage.class).setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (CitizenMessage m : batch) {
                HudongResource.PublishedMessage row = HudongResource.PublishedMessage.of(m, rules);
                Subject texts = new Subject(each, "message:" + m.id, row.title(), org.zwgk.portal.web.Routes.document(row.documentId()));
                texts.send("title", row.title());
                texts.send("organization", row.organization());
            }
            return batch.stream().map(m -> m.id).toList();
        });
    }
}
