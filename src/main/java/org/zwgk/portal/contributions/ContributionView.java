package org.zwgk.portal.contributions;

import org.zwgk.portal.privacy.Deidentifier;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * A contribution as a list shows it, read inside the transaction: on a public page de-identified, on
 * the moderator's page as sent, on an overseer's de-identified. {@code adopted} is a consultation comment's 采纳 (null elsewhere),
 * {@code number} a survey answer's question number (null elsewhere).
 */
public record ContributionView(long id, String body, Instant receivedAt, Boolean adopted, Integer number) {

    /** For the public: the text through the de-identification gate. */
    public static ContributionView shown(Contribution k, Instant receivedAt, Boolean adopted, Deidentifier deidentifier) {
        return new ContributionView(k.id, deidentifier.mask(k.body), receivedAt, adopted, null);
    }

    /** Waiting for moderation, at work: {@code reading} is as sent for the moderator, who decides on it, the gate for an overseer. */
    public static ContributionView pending(Contribution k, Instant receivedAt, Integer number, UnaryOperator<String> reading) {
        return new ContributionView(k.id, reading.apply(k.body), receivedAt, null, number);
    }
}
