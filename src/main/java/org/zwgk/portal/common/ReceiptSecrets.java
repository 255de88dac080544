package org.zwgk.portal.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * What a citizen gets on a receipt instead of an account (依申请公开 requests, messages): random codes
 * from an alphabet without look-alike characters, a secret of which only the hash is kept, and a
 * constant-time check of what the citizen types back (any case, surrounding spaces ignored).
 */
public final class ReceiptSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a 依申请公开 request's code starts (YSQ2026-…) and a message's (HD20261205…). */
    public static final String REQUEST_PREFIX = "YSQ", LETTER_PREFIX = "HD";

    private ReceiptSecrets() {
    }

    /**
     * Whether a typed tracking code could be one at all: the codes are 14 to 17 characters, and a pasted
     * megabyte is not sent to the database (security review).
     */
    public static boolean possibleCode(String typed) {
        return typed != null && !typed.isBlank() && typed.length() <= 64;
    }

    /**
     * A tracking code as typed, reduced to its characters: spaces and hyphens (also the full-width and
     * typographic ones a Chinese input method gives) left out, letters in capitals. A receipt may show a
     * code in groups for reading; the look-up takes it with or without them.
     */
    public static String compactCode(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("[\\s\\u3000\\-\\u2010-\\u2015\\u2212\\uFF0D_]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a typed code is a 依申请公开 request's (its prefix, in any case and spacing). */
    public static boolean isRequestCode(String typed) {
        return possibleCode(typed) && compactCode(typed).startsWith(REQUEST_PREFIX);
    }

    /** Whether a typed code is a message's. */
    public static boolean isLetterCode(String typed) {
        return possibleCode(typed) && compactCode(typed).startsWith(LETTER_PREFIX);
    }

    /** {@code n} random characters of {@code alphabet}. */
    public static String random(String alphabet, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** What is stored for a secret. */
    public static String hash(String secret) {
        return Sha256.hex(secret.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether the typed secret is the one whose hash was stored; false for a missing one. */
    public static boolean matches(String typed, String storedHash) {
        if (typed == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(typed).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
