package org.zwgk.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The CAPTCHA-free brake on scripted floods of the citizens' forms (写信, 依申请公开, comments, questions,
 * survey answers): a time-based signed form token, one rule for every such form.
 * The form page carries {@code issued-at.nonce.HMAC}; a post is taken only when the signature holds,
 * at least {@link Config#minSeconds} have passed since the form was served (nobody types
 * a message or an application faster; a script that posts at once is refused), the form is not older than
 * {@link Config#lifetime}, and the token was not used before (each form sends one message).
 * So a flood costs a page fetch and a wait per message, and on top the per-address limit holds.
 * The key is random per process: after a restart a form in flight is refused with everything typed
 * kept and a fresh token, and sent again with one click.
 */
@ApplicationScoped
public class FormTokens {

    /** {@code portal.forms.*}: the age a citizen's form must have to be taken, and how long it stays good. */
    @ConfigMapping(prefix = "portal.forms")
    public interface Config {

        /**
         * The fewest seconds between the form being served and sent: a person needs longer than that to
         * fill it in, a script that posts at once is refused.
         */
        @WithDefault("5")
        int minSeconds();

        /** How long a served form stays valid. */
        @WithDefault("6h")
        Duration lifetime();
    }

    public enum Verdict { OK, TOO_FAST, EXPIRED, INVALID, USED }

    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Duration minAge;
    private final Duration lifetime;
    private final Cache<String, Boolean> used;
    private final SecureRandom random = new SecureRandom();

    @Inject
    FormTokens(Config config, Clock clock) {
        this(Duration.ofSeconds(config.minSeconds()), config.lifetime(), clock);
    }

    /** Tokens of their own (a test's), with their own key. */
    public FormTokens(Duration minAge, Duration lifetime, Clock clock) {
        random.nextBytes(key);
        this.clock = clock;
        this.minAge = minAge;
        this.lifetime = lifetime;
        this.used = Caffeine.newBuilder().maximumSize(1_000_000).expireAfterWrite(lifetime.plusMinutes(1)).build();
    }

    /** A token for a form served now. */
    public String issue() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String payload = clock.instant().toEpochMilli() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return payload + "." + sign(payload);
    }

    /**
     * The token for a form shown again after it was refused for what was typed: the one sent, while it
     * is good and unspent, so the wait counts from when the form first came (a citizen who mends a
     * phone number and sends again at once is no script); else a fresh one.
     */
    public String renew(String sent) {
        Verdict v = check(sent);
        return (v == Verdict.OK || v == Verdict.TOO_FAST) && used.getIfPresent(sent) == null ? sent : issue();
    }

    /** Whether this token was spent already: its form was sent (a reload of the page that answered it sends it again). */
    public boolean spent(String token) {
        return token != null && used.getIfPresent(token) != null;
    }

    /** Checks a sent token and, when it is good, spends it. */
    public Verdict spend(String token) {
        Verdict v = check(token);
        if (v == Verdict.OK && used.asMap().putIfAbsent(token, Boolean.TRUE) != null) {
            return Verdict.USED;
        }
        return v;
    }

    /**
     * Spends a sent token or refuses with the Chinese message every citizen's form shows (429 too fast,
     * 400 expired or invalid), or 409 with {@code used} telling that this form was sent already, in the
     * words of what it sends (a letter, an application, a comment, an answer, a question).
     */
    public void spendOrRefuse(String token, java.util.function.Supplier<String> used) {
        switch (spend(token)) {
            case OK -> { }
            case TOO_FAST -> throw UserError.tooManyRequests(x -> text().formTooFast());
            case EXPIRED -> throw UserError.badInput("formToken", x -> text().formExpired());
            case USED -> throw UserError.conflict(x -> used.get());
            default -> throw UserError.badInput("formToken", x -> text().formInvalid());
        }
    }

    private static Messages text() {
        return MessageBundles.get(Messages.class);
    }

    Verdict check(String token) {
        if (token == null) {
            return Verdict.INVALID;
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Verdict.INVALID;
        }
        String payload = token.substring(0, last);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochMilli(Long.parseLong(token.substring(0, first)));
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        Instant now = clock.instant();
        if (now.isBefore(issued.plus(minAge))) {
            return Verdict.TOO_FAST;
        }
        if (now.isAfter(issued.plus(lifetime))) {
            return Verdict.EXPIRED;
        }
        return Verdict.OK;
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
