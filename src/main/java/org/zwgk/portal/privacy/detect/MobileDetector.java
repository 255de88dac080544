package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mainland mobile numbers (1[3-9] and nine digits), also written with +86 / 0086 / 86 and with
 * spaces or dashes between the groups (138 1234 5678, 138-1234-5678). A number an office lists as
 * its public phone, or an amount (13500000000元), is not personal.
 */
public final class MobileDetector implements Detector {

    /** Between the groups: a space or a dash, the Chinese dash (——) too (security review: 138——1234——5678 went out whole). */
    private static final String GAP = "(?:——|[\\s\\-－–—])?";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9+])((?:(?:\\+|00)\\s?86|86)[\\s\\-－]?)?(1[3-9]\\d)" + GAP + "(\\d{4})" + GAP + "(\\d{4})(?![0-9])");

    /**
     * Where a mobile number (1…) or its country code (+86, 0086, 86) can start: not after a digit or +; after a letter
     * too (微信wx13812345678, tel13812345678 went public whole: security review).
     */
    private static final Candidates.Start START = (c, b) -> (c == '1' || c == '8' || c == '0' || c == '+') && !Texts.isDigit(b) && b != '+';

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Candidates found = Candidates.ofNumbers(CANDIDATE, text, START, n -> true);
        Matcher m = found.matcher();
        while (found.find()) {
            String digits = m.group(2) + m.group(3) + m.group(4);
            if (context.isPublicNumber(digits) || Amounts.isAmount(text, m.start(), m.end())) {
                continue;
            }
            out.add(new Finding(PiiType.MOBILE, m.start(), m.end(), m.group()));
        }
    }
}
