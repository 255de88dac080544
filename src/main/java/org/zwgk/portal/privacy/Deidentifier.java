package org.zwgk.portal.privacy;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Pattern;

/**
 * The one gate personal data passes before anything is public (seed row 33): every path to the
 * public (pages, index, feeds, exports, API) masks its text here.
 *
 * <p>First cut: resident ID numbers and mobile numbers only; the detectors, the masking rules of
 * {@code content/privacy.yaml} and the reviewer's decisions replace these two patterns, with the
 * same two methods.
 */
@ApplicationScoped
public class Deidentifier {

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    /** The text as the public may see it: personal data found in it masked. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = RESIDENT_ID.matcher(text).replaceAll("$1********$2");
        return MOBILE.matcher(masked).replaceAll("$1****$2");
    }

    /** A private person's name from a structured field, as the public may see it (张某某 → 张**). */
    public String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        return n.charAt(0) + "*".repeat(Math.max(1, n.length() - 1));
    }
}
