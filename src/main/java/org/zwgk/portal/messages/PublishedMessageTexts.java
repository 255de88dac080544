package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.joiningExisting().call(() -> {
                List<CitizenMessage> batch = em.createQuery("select m from CitizenMessage m where m.publishedDocument is not null"
                        + " and m.id > :after order by m.id", CitizenMessage.class).setParameter("after", from).setMaxResults(BATCH).getResultList();
                for (CitizenMessage m : batch) {
                    HudongResource.PublishedMessage row = HudongResource.PublishedMessage.of(m, rules);
                    String subject = "message:" + m.id;
                    String url = org.zwgk.portal.web.Routes.document(row.documentId());
                    send(each, subject, row.title(), url, "title", row.title());
                    send(each, subject, row.title(), url, "organization", row.organization());
                }
                List<Long> read = batch.stream().map(m -> m.id).toList();
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
