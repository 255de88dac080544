package org.zwgk.portal.messages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * The CAPTCHA-free brake on scripted floods of the public form: a time-based signed form token.
 * The form page carries {@code issued-at.nonce.HMAC}; a post is taken only when the signature holds,
 * at least {@link MessageConfig#minFormSeconds} have passed since the form was served (nobody types
 * a message faster; a script that posts at once is refused), the form is not older than
 * {@link MessageConfig#formLifetime}, and the token was not used before (each form sends one message).
 * So a flood costs a page fetch and a wait per message, and on top the per-address limit holds.
 * The key is random per process: after a restart a form in flight is refused with everything typed
 * kept and a fresh token, and sent again with one click.
 */
@ApplicationScoped
public class FormTokens {

    public enum Verdict { OK, TOO_FAST, EXPIRED, INVALID, USED }

    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Duration minAge;
    private final Duration lifetime;
    private final Cache<String, Boolean> used;
    private final SecureRandom random = new SecureRandom();

    @Inject
    FormTokens(MessageConfig config, Clock clock) {
        this(Duration.ofSeconds(config.minFormSeconds()), config.formLifetime(), clock);
    }

    FormTokens(Duration minAge, Duration lifetime, Clock clock) {
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

    /** Checks a sent token and, when it is good, spends it. */
    public Verdict spend(String token) {
        Verdict v = check(token);
        if (v == Verdict.OK && used.asMap().putIfAbsent(token, Boolean.TRUE) != null) {
            return Verdict.USED;
        }
        return v;
    }

    /**
     * Spends a sent token or refuses with the Chinese message every public form shows (429 too fast,
     * 409 used, 400 expired or invalid); the one mapping the message, comment, survey and question forms share.
     */
    public void spendOrRefuse(String token) {
        spendOrRefuse(token, () -> MessageService.hd().formUsed());
    }

    /**
     * As {@link #spendOrRefuse(String)}, with {@code used} telling that this form was sent already in the
     * words of what it sends (a comment, an answer, a question: not 再写一封, which is said of a letter).
     */
    public void spendOrRefuse(String token, java.util.function.Supplier<String> used) {
        switch (spend(token)) {
            case OK -> { }
            case TOO_FAST -> throw org.zwgk.portal.web.UserError.tooManyRequests(x -> MessageService.hd().formTooFast());
            case EXPIRED -> throw org.zwgk.portal.web.UserError.badInput("formToken", x -> MessageService.hd().formExpired());
            case USED -> throw org.zwgk.portal.web.UserError.conflict(x -> used.get());
            default -> throw org.zwgk.portal.web.UserError.badInput("formToken", x -> MessageService.hd().formInvalid());
        }
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
