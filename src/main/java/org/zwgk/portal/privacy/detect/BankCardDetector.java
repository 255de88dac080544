package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bank card numbers: 16 to 19 digits (groups of four may be spaced) that pass the Luhn check, with
 * an issuer prefix of the card schemes used in China (62 银联, 4 Visa, 5 Mastercard, 35 JCB, 60, 9)
 * or the words 卡号/账号/银行 just before. Amounts (…元) are not cards.
 */
public final class BankCardDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{4}(?:[ \\-]\\d{4}){3}(?:[ \\-]?\\d{1,3})?|\\d{16,19})(?![0-9A-Za-z])");
    private static final String[] CONTEXT = {"卡号", "账号", "帐号", "银行", "账户", "帐户", "银行卡", "信用卡", "储蓄卡"};

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Candidates found = Candidates.ofRuns(CANDIDATE, text, Candidates.DIGIT_RUN, n -> n == 4 || n >= 16);
        Matcher m = found.matcher();
        while (found.find()) {
            String digits = Texts.digits(m.group(1));
            if (digits.length() < 16 || digits.length() > 19 || !luhn(digits) || Amounts.isAmount(text, m.start(), m.end())) {
                continue;
            }
            if (schemePrefix(digits) || Texts.containsAny(Texts.before(text, m.start(), 16), CONTEXT)) {
                out.add(new Finding(PiiType.BANK_CARD, m.start(1), m.end(1), m.group(1)));
            }
        }
    }

    static boolean schemePrefix(String d) {
        return d.startsWith("62") || d.startsWith("60") || d.startsWith("9")
                || (d.length() == 16 && (d.startsWith("4") || d.startsWith("5") || d.startsWith("35")));
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
