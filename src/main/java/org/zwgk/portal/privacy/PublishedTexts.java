package org.zwgk.portal.privacy;

import java.util.function.Consumer;

/**
 * The texts the public can read, by the feature that publishes them (documents: titles, summaries,
 * bodies, reasons, attachment names): what {@link PrivacyScan} checks. Privacy sits below the
 * publishing features and declares this; they implement it.
 */
public interface PublishedTexts {

    /**
     * One public text: {@code subject} keys the reviewers' decisions ({@code document:7}),
     * {@code label} and {@code url} name it for a person, {@code documentType} selects the exceptions by law.
     */
    record Text(String subject, String label, String url, String documentType, String field, String text) {
    }

    /** Hands every public text to {@code each}, in batches that do not hold everything in memory. */
    void forEach(Consumer<Text> each);
}
