package org.zwgk.portal.requests;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One application per filled-in form: the 依申请公开 page carries a random submission key, and a key
 * that was sent before (the browser's refresh of the receipt, a double click) gets back the tracking
 * code it already has instead of a second application with its own statutory deadline; for half an
 * hour, it gets its receipt again, query secret included (browser walk: a refresh of the receipt, which
 * shows the secret only once, lost it for good). The key is the capability: 128 random bits only that
 * browser's page holds. Only a form
 * shown by this process has a key; a post without one (the API, a script) is not checked here. Kept in
 * memory: after a restart a resent form is an application again, as it was before this existed.
 */
@ApplicationScoped
class FormSubmissions {

    /** The key is being submitted and has no tracking code yet. */
    static final String PENDING = "";

    private final Cache<String, String> sent = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(12)).build();
    /** The receipt of a key, shown again to a resend within this time; then only its code is named. */
    static final Duration RECEIPT_KEPT = Duration.ofMinutes(30);
    private final Cache<String, RequestService.Receipt> receipts = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(RECEIPT_KEPT).build();
    private final SecureRandom random = new SecureRandom();

    /** A key for a form served now. */
    String issue() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * Claims the key for a submission: empty when this is its first, else what the earlier one left
     * (its tracking code, or {@link #PENDING} while it is still running).
     */
    Optional<String> claim(String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(sent.asMap().putIfAbsent(key, PENDING));
    }

    /** The submission of this key was written: a resend gets its receipt again, later names its code. */
    void done(String key, RequestService.Receipt receipt) {
        if (key != null && !key.isBlank() && key.length() <= 64) {
            sent.put(key, receipt.trackingCode());
            receipts.put(key, receipt);
        }
    }

    /** The receipt a resend of this key gets again, while it is kept. */
    Optional<RequestService.Receipt> receipt(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(receipts.getIfPresent(key));
    }

    /** The submission of this key wrote nothing (refused, or failed): the form may be sent again. */
    void release(String key) {
        if (key != null) {
            sent.invalidate(key);
            receipts.invalidate(key);
        }
    }
}
