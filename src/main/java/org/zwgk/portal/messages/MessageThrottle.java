package org.zwgk.portal.messages;

import org.zwgk.portal.web.SlidingWindow;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.web.UserError;

import java.time.Clock;

/**
 * The per-address limits of what citizens send (letters; comments, survey answers and questions); refusals
 * are 429 with a Chinese message. Look-ups by tracking code and secret follow the one rule of
 * {@link org.zwgk.portal.web.LookupThrottle}, shared with 依申请公开.
 */
@ApplicationScoped
public class MessageThrottle {

    private final SlidingWindow sends;
    private final SlidingWindow contributions;
    private final SlidingWindow ballots;

    @Inject
    MessageThrottle(MessageConfig config, Clock clock) {
        this.sends = SlidingWindow.perAddress(config.sendsPerAddress(), config.sendWindow(), clock);
        this.contributions = SlidingWindow.perAddress(config.contributionsPerAddress(), config.sendWindow(), clock);
        this.ballots = SlidingWindow.perAddress(config.sendsPerAddress(), config.sendWindow(), clock);
    }

    /**
     * A survey's answers: counted at once into its results, unmoderated, so as few as letters from one address,
     * in a window of their own (a letter or a comment does not use them up).
     */
    public void answer(String address, java.util.function.Supplier<String> refusal) {
        if (!ballots.tryAcquire(address)) {
            throw UserError.tooManyRequests(m -> refusal.get());
        }
    }

    /** A letter (来信) sent from {@code address}: counted against the one per-address limit. */
    public void send(String address) {
        if (!sends.tryAcquire(address)) {
            throw UserError.tooManyRequests(m -> MessageBundles.get(HudongMessages.class).throttledSend());
        }
    }

    /**
     * A comment or a question, moderated before anyone sees it: their own, higher limit, apart from letters',
     * refused with {@code refusal}, which names what was submitted (not 来信).
     */
    public void send(String address, java.util.function.Supplier<String> refusal) {
        if (!contributions.tryAcquire(address)) {
            throw UserError.tooManyRequests(m -> refusal.get());
        }
    }
}
