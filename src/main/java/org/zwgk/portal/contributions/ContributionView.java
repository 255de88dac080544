package org.zwgk.portal.contributions;

import org.zwgk.portal.privacy.Deidentifier;

import java.time.Instant;

/**
 * A contribution as a list shows it, read inside the transaction: on a public page de-identified, on
 * the moderator's page as sent, on an overseer's de-identified. {@code adopted} is a consultation
 * comment's 采纳 (null elsewhere), {@code number} a survey answer's question number (null elsewhere),
 * {@code shownAs} what the public page will show of a pending one where that differs from {@code body}
 * (the moderator sees what approving publishes; null otherwise).
 */
public record ContributionView(long id, String body, Instant receivedAt, Boolean adopted, Integer number, String shownAs) {

    /** For the public: the text through the de-identification gate, as a citizen's text. */
    public static ContributionView shown(Contribution k, Instant receivedAt, Boolean adopted, Deidentifier deidentifier) {
        return new ContributionView(k.id, deidentifier.maskCitizenText(k.body), receivedAt, adopted, null, null);
    }

    /**
     * Waiting for moderation, at work: as sent for the moderator ({@code asTyped}), who decides on it and is
     * shown what the public would read; through the gate for an overseer.
     */
    public static ContributionView pending(Contribution k, Instant receivedAt, Integer number, boolean asTyped, Deidentifier deidentifier) {
        String masked = deidentifier.maskCitizenText(k.body);
        return new ContributionView(k.id, asTyped ? k.body : masked, receivedAt, null, number,
                asTyped && masked != null && !masked.equals(k.body) ? masked : null);
    }
}
