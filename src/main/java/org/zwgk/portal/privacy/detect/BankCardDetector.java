package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bank card and account numbers. Unnamed: 16 to 19 digits (groups of four may be spaced) that pass the
 * Luhn check and begin as the card schemes used in China do (62 银联, 4 Visa, 5 Mastercard, 35 JCB, 60,
 * 9). After the words 卡号/账号/银行 …: 12 to 25 digits, Luhn or not: passbook and company accounts
 * and a mistyped card fail it, and the citizen has said what the number is (security review:
 * 银行卡6222021234567890123 was published whole); not after the words of an organization's account
 * ({@link #INSTITUTIONAL}: 缴款账户, 财政专户). Amounts (…元) are neither.
 */
public final class BankCardDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{4}(?:[ \\-]\\d{4}){3}(?:[ \\-]?\\d{1,3})?|\\d{12,25})(?![0-9A-Za-z])");
    private static final String[] CONTEXT = {"卡号", "账号", "帐号", "银行", "账户", "帐户", "银行卡", "信用卡", "储蓄卡"};
    /**
     * Words of an account a notice publishes on purpose (where fees or donations are paid): a number named
     * so is an organization's, masked only if it is a card by Luhn and prefix.
     */
    private static final String[] INSTITUTIONAL = {"对公", "单位账", "单位帐", "专户", "缴款", "捐款", "捐赠", "募捐", "财政", "基本户", "基本账户"};

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Candidates found = Candidates.ofRuns(CANDIDATE, text, Candidates.DIGIT_RUN, n -> n == 4 || n >= 12);
        Matcher m = found.matcher();
        while (found.find()) {
            String digits = Texts.digits(m.group(1));
            if (Amounts.isAmount(text, m.start(), m.end())) {
                continue;
            }
            String before = Texts.before(text, m.start(), 16);
            boolean named = Texts.containsAny(before, CONTEXT) && !Texts.containsAny(before, INSTITUTIONAL);
            boolean card = digits.length() >= 16 && digits.length() <= 19 && luhn(digits) && schemePrefix(digits);
            if (card || named) { // the candidate holds 12 to 25 digits
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
