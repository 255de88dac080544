package org.zwgk.portal.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The texts the public can read, by the feature that publishes them (documents: titles, summaries,
 * bodies, reasons, attachment names; consultations, surveys, interviews, messages, the 一号答
 * answers, records: what their public pages show): what {@link PrivacyScan} checks. Privacy sits
 * below the publishing features and declares this; they implement it. A feature that masks when it
 * renders hands over the text as its page shows it (the same view), so the scan finds what a page
 * forgot to mask, not what it masks.
 */
public interface PublishedTexts {

    /**
     * One public text: {@code subject} keys the reviewers' decisions ({@code document:7}),
     * {@code label} and {@code url} name it for a person, {@code documentType} selects the exceptions by law.
     */
    record Text(String subject, String label, String url, String documentType, String field, String text) {
    }

    /** One subject's texts on their way to the scan, under one label and address; empty texts are left out. */
    record Subject(Consumer<Text> each, String subject, String label, String url, String documentType) {

        public Subject(Consumer<Text> each, String subject, String label, String url) {
            this(each, subject, label, url, null);
        }

        public void send(String field, String text) {
            if (text != null && !text.isEmpty()) {
                each.accept(new Text(subject, label, url, documentType, field, text));
            }
        }
    }

    /**
     * Reads rows a page at a time by increasing id, so the scan never holds a table in memory:
     * {@code page} gets the last id read (0 at first), hands over that page's texts and returns the
     * ids it read, in order; the persistence context is emptied after each page. Ends on an empty page.
     */
    static void inPages(EntityManager em, LongFunction<List<Long>> page) {
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.joiningExisting().call(() -> {
                List<Long> read = page.apply(from);
                em.clear();
                return read;
            });
            if (ids.isEmpty()) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /**
     * What the scan's summary counts this source's subjects as, in English and plural
     * ({@code documents}, {@code consultations}): "checked 12 documents, 3 consultations".
     */
    String kind();

    /**
     * Hands every public text to {@code each}, in batches that do not hold everything in memory; the
     * texts of one subject one after the other (the scan counts a subject where the subject changes).
     */
    void forEach(Consumer<Text> each);
}
