package org.zwgk.portal.messages;

import org.zwgk.portal.web.SlidingWindow;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.web.UserError;

import java.time.Clock;

/**
 * Rate limits of the public side: messages sent per address, look-ups per address, and wrong secrets
 * per tracking code (so a code's secret cannot be guessed from many addresses). Only wrong secrets
 * count against a code: whoever knows a code cannot lock its citizen out by guessing.
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

    public void send(String address) {
        if (!sends.tryAcquire(address)) {
            throw UserError.tooManyRequests(m -> MessageBundles.get(HudongMessages.class).throttledSend());
        }
    }

    /** Every look-up, right or wrong, counts against its address. */
    public void lookup(String address) {
        if (!lookups.tryAcquire(address)) {
            throw refused();
        }
    }

    /** A wrong secret (or an unknown code) counts against the code; past its allowance the answer is 429. */
    public void wrongSecret(String trackingCode) {
        if (!perCode.tryAcquire(trackingCode)) {
            throw refused();
        }
    }

    private static UserError refused() {
        return UserError.tooManyRequests(m -> MessageBundles.get(HudongMessages.class).throttledLookup());
    }
}
