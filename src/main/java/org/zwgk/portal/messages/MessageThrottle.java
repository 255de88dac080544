package org.zwgk.portal.messages;

import org.zwgk.portal.web.SlidingWindow;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.web.UserError;

import java.time.Clock;

/**
 * Rate limits of the public side: messages sent per address, look-ups per address, and wrong secrets
 * per tracking code (so a code's secret cannot be guessed from many addresses). A code whose wrong
 * secrets are used up is refused before its secret is compared, the right one too, until the window
 * passes: were the right secret still let in, a 429 would only mean "wrong" and guessing would go on.
 * Refusals are 429 with a Chinese message.
 */
@ApplicationScoped
public class MessageThrottle {

    private final SlidingWindow sends;
    private final SlidingWindow lookups;
    private final SlidingWindow perCode;

    @Inject
    MessageThrottle(MessageConfig config, Clock clock) {
        this.sends = SlidingWindow.perAddress(config.sendsPerAddress(), config.sendWindow(), clock);
        this.lookups = SlidingWindow.perAddress(config.lookupsPerAddress(), config.codeWindow(), clock);
        this.perCode = SlidingWindow.perKey(config.requestsPerCode(), config.codeWindow(), clock,
                code -> code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** A letter (来信) sent from {@code address}: counted against the one per-address limit. */
    public void send(String address) {
        send(address, () -> MessageBundles.get(HudongMessages.class).throttledSend());
    }

    /**
     * Anything else a citizen submits (a comment, a survey answer, a question): the same limit, shared with
     * letters, refused with {@code refusal}, which names what was submitted (not 来信).
     */
    public void send(String address, java.util.function.Supplier<String> refusal) {
        if (!sends.tryAcquire(address)) {
            throw UserError.tooManyRequests(m -> refusal.get());
        }
    }

    /** Every look-up, right or wrong, counts against its address. */
    public void lookup(String address) {
        if (!lookups.tryAcquire(address)) {
            throw refused();
        }
    }

    /**
     * Admits one secret for this code, counted as wrong until it {@linkplain #rightSecret proves right}
     * (secrets posted together cannot all slip under the limit); 429 once the code's allowance is used.
     */
    public SlidingWindow.Permit admitSecret(String trackingCode) {
        return perCode.acquire(trackingCode).orElseThrow(MessageThrottle::refused);
    }

    public void rightSecret(SlidingWindow.Permit admitted) {
        perCode.release(admitted);
    }

    private static UserError refused() {
        return UserError.tooManyRequests(m -> MessageBundles.get(HudongMessages.class).throttledLookup());
    }
}
