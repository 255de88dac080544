package org.zwgk.portal.documents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.privacy.PublishedTexts;

import java.util.List;
import java.util.function.Consumer;

/** The texts of documents with a public page, for the privacy scan: title, 文号, summary, body, reason, attachment names and attachments' text. */
@ApplicationScoped
class PublishedDocumentTexts implements PublishedTexts {

    private static final int BATCH = 200;

    private final EntityManager em;
    private final org.zwgk.portal.attachments.AttachmentStore store;
    private final org.zwgk.portal.privacy.FileText fileText;

    PublishedDocumentTexts(EntityManager em, org.zwgk.portal.attachments.AttachmentStore store, org.zwgk.portal.privacy.FileText fileText) {
        this.em = em;
        this.store = store;
        this.fileText = fileText;
    }

    @Override
    public String kind() {
        return "documents";
    }

    @Override
    public void forEach(Consumer<Text> each) {
        long after = 0;
        while (true) {
            long from = after;
            List<Document> batch = QuarkusTransaction.joiningExisting().call(() -> {
                List<Document> docs = em.createQuery("select d from Document d where d.id > :after and d.meta.disclosure = :proactive"
                                + " and d.status in :shown order by d.id", Document.class)
                        .setParameter("after", from).setParameter("proactive", Disclosure.PROACTIVE)
                        .setParameter("shown", List.of(DocumentStatus.PUBLISHED, DocumentStatus.WITHDRAWN))
                        .setMaxResults(BATCH).getResultList();
                for (Document d : docs) {
                    String subject = "document:" + d.id;
                    String label = d.indexNumber + " " + d.meta.title;
                    String type = d.meta.type == null ? null : d.meta.type.name();
                    send(each, subject, label, d, type, "title", d.meta.title);
                    send(each, subject, label, d, type, "docNumber", d.meta.docNumber);
                    send(each, subject, label, d, type, "summary", d.meta.summary);
                    send(each, subject, label, d, type, "body", d.meta.body);
                    send(each, subject, label, d, type, "statusReason", d.statusReason);
                    for (Attachment a : Attachment.of(d)) {
                        send(each, subject, label, d, type, "attachment", a.file.title + " " + a.file.fileName);
                        // the file itself is served as uploaded: its text (PDF, .docx, OFD) is checked too, named by the attachment
                        send(each, subject, label, d, type, org.zwgk.portal.privacy.PrivacyScan.ATTACHMENT_TEXT + a.file.title + " (" + a.file.fileName + ")",
                                fileText.read(store.pathOf(a.file.sha256), a.file.mediaType, a.file.fileName).text());
                    }
                }
                em.clear();
                return docs;
            });
            if (batch.isEmpty()) {
                return;
            }
            after = batch.get(batch.size() - 1).id;
        }
    }

    private static void send(Consumer<Text> each, String subject, String label, Document d, String type, String field, String text) {
        if (text != null && !text.isEmpty()) {
            each.accept(new Text(subject, label, d.url(), type, field, text));
        }
    }
}
