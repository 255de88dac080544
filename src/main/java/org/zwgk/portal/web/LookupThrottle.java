package org.zwgk.portal.web;

import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * One rule for a citizen's look-up by tracking code and secret, whatever is looked up (a message on
 * /hudong/follow and its API, a 依申请公开 request on /ysqgk/status, its 告知书 and files): every look-up,
 * right or wrong, counts against its address, and every secret tried against its code, from any
 * address, until it proves right (so a code's secret cannot be guessed from many addresses either).
 * A code whose wrong secrets are used up is refused before its secret is compared, the right one too,
 * until the window passes: were the right secret still let in, a 429 would only mean "wrong" and
 * guessing would go on. One allowance per address for both kinds: a guesser gains nothing by switching
 * forms. Refusals are 429 with one Chinese message (a page or problem JSON, as {@link ErrorResponses}
 * answers). In memory and bounded; a restart forgives.
 */
@ApplicationScoped
public class LookupThrottle {

    /** {@code portal.lookups.*}. */
    @ConfigMapping(prefix = "portal.lookups")
    public interface Config {

        /** Look-ups (right or wrong) one address may make in {@link #window}. */
        @WithDefault("60")
        int perAddress();

        /** Wrong secrets one tracking code may be tried with in {@link #window}, from any address. */
        @WithDefault("20")
        int perCode();

        @WithDefault("1h")
        Duration window();
    }

    private final SlidingWindow perAddress;
    private final SlidingWindow perCode;

    @Inject
    LookupThrottle(Config config, Clock clock) {
        this.perAddress = SlidingWindow.perAddress(config.perAddress(), config.window(), clock);
        this.perCode = SlidingWindow.perKey(config.perCode(), config.window(), clock,
                code -> code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Admits one look-up of {@code code} from {@code address}: counted against the address, and against
     * the code as a wrong secret until it {@linkplain #rightSecret proves right} (secrets posted together
     * cannot all slip under the limit); 429 once either allowance is used up.
     */
    public SlidingWindow.Permit admit(String address, String code) {
        if (!perAddress.tryAcquire(address)) {
            throw refused();
        }
        return perCode.acquire(code == null ? "" : code).orElseThrow(LookupThrottle::refused);
    }

    /** The secret admitted was right: it does not count against its code. */
    public void rightSecret(SlidingWindow.Permit admitted) {
        perCode.release(admitted);
    }

    private static UserError refused() {
        return UserError.tooManyRequests(m -> MessageBundles.get(Messages.class).lookupThrottled());
    }
}
