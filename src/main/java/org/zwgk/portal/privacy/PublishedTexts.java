package org.zwgk.portal.privacy;

import java.util.function.Consumer;

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
