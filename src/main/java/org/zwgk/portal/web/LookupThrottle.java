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
 * right or wrong, counts against its address, and every wrong secret against its code, from any address.
 * An address whose look-ups are used up is refused whatever it sends. A code whose wrong secrets are used
 * up refuses further wrong ones but still opens for the right one: whoever knows a code must not be able
 * to keep its citizen out (an audit finding; the code alone is on a receipt, a screenshot, a letter), and
 * the secrets (12 or 16 characters of a 32-letter alphabet: 2^60 and 2^80) are not guessed at 60
 * look-ups an hour per address, from however many addresses. The code's count is there to refuse and log
 * a guessing run, not as the lock. One allowance per address for both kinds: a guesser gains nothing by
 * switching forms. Refusals are 429 with one Chinese message (a page or problem JSON, as
 * {@link ErrorResponses} answers). In memory and bounded; a restart forgives.
 */
@ApplicationScoped
public class LookupThrottle {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LookupThrottle.class);

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

    /** One look-up admitted: counted against its address, and against its code unless the secret proves right. */
    public record Admitted(java.util.Optional<SlidingWindow.Permit> againstCode) {
    }

    /**
     * Admits one look-up of {@code code} from {@code address}: 429 once the address's allowance is used up;
     * otherwise counted as a wrong secret of the code until it {@linkplain #rightSecret proves right}
     * (secrets posted together cannot all slip under the limit).
     */
    public Admitted admit(String address, String code) {
        if (!perAddress.tryAcquire(address)) {
            throw refused();
        }
        return new Admitted(perCode.acquire(code == null ? "" : code));
    }

    /** The secret admitted was right: it opens, and does not count against its code. */
    public void rightSecret(Admitted admitted) {
        admitted.againstCode().ifPresent(perCode::release);
    }

    /**
     * The refusal of a wrong secret (or of a code that is none): {@code notFound} while the code has wrong
     * secrets left, 429 once they are used up.
     */
    public UserError wrongSecret(Admitted admitted, java.util.function.Supplier<UserError> notFound) {
        if (admitted.againstCode().isEmpty()) {
            LOG.warn("a tracking code's wrong secrets are used up: a guessing run is refused");
            return refused();
        }
        return notFound.get();
    }

    private static UserError refused() {
        return UserError.tooManyRequests(m -> MessageBundles.get(Messages.class).lookupThrottled());
    }
}
