package org.zwgk.portal.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.privacy.PublishedTexts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The texts of documents with a public page, for the privacy scan: title, 文号, summary, body, reason,
 * attachment names and attachments' text. A withdrawn document's page keeps only its title, 文号 and
 * reason (its text and files answer 404): only those are public, so only those are checked.
 */
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
        PublishedTexts.inPages(em, after -> {
            List<Document> docs = em.createQuery("select d from Document d where d.id > :after and d.meta.disclosure = :proactive"
                            + " and d.status in :shown order by d.id", Document.class)
                    .setParameter("after", after).setParameter("proactive", Disclosure.PROACTIVE)
                    .setParameter("shown", List.of(DocumentStatus.PUBLISHED, DocumentStatus.WITHDRAWN))
                    .setMaxResults(BATCH).getResultList();
            Map<Long, List<Attachment>> files = attachments(docs);
            for (Document d : docs) {
                Subject texts = new Subject(each, d.privacySubject(), d.indexNumber + " " + d.meta.title, d.url(),
                        d.meta.type == null ? null : d.meta.type.name());
                texts.send("title", d.meta.title);
                texts.send("docNumber", d.meta.docNumber);
                // browser walk: a withdrawn document's file was listed as 已公开 but unread, while it answered 404
                boolean withdrawn = d.status != DocumentStatus.PUBLISHED;
                if (!withdrawn) {
                    texts.send("summary", d.meta.summary);
                    texts.send("body", d.meta.body);
                }
                texts.send("statusReason", d.statusReason);
                if (withdrawn) {
                    continue;
                }
                for (Attachment a : files.getOrDefault(d.id, List.of())) {
                    texts.send("attachment", a.file.title + " " + a.file.fileName);
                    // the file itself is served as uploaded: its text (PDF, Word, OFD, images by OCR) is checked too, named by the attachment
                    String name = a.file.title + " (" + a.file.fileName + ")";
                    org.zwgk.portal.privacy.FileText.Result read = fileText.read(store.pathOf(a.file.sha256), a.file.mediaType, a.file.fileName);
                    texts.send(org.zwgk.portal.privacy.PrivacyScan.ATTACHMENT_TEXT + name, read.text());
                    if (!read.readable()) {
                        texts.send(org.zwgk.portal.privacy.PrivacyScan.ATTACHMENT_UNREAD + name, read.problem());
                    }
                }
            }
            return docs.stream().map(d -> d.id).toList();
        });
    }

    /**
     * The current attachments of a page of documents, as {@link Attachment#of} lists each: one query per
     * page, not one per document (a quarter of the scan's time with 3,400 laws, each query flushing the page).
     */
    private Map<Long, List<Attachment>> attachments(List<Document> docs) {
        List<Long> ids = docs.stream().map(d -> d.id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Attachment>> byDocument = new HashMap<>();
        em.createQuery("select a from Attachment a where a.document.id in :ids and a.retiredAt is null"
                        + " order by a.document.id, a.sortOrder, a.id", Attachment.class)
                .setParameter("ids", ids).getResultList()
                .forEach(a -> byDocument.computeIfAbsent(a.document.id, k -> new ArrayList<>()).add(a));
        return byDocument;
    }
}
