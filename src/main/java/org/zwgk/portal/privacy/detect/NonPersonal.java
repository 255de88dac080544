package org.zwgk.portal.privacy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of text that look like personal data but are not: 文号 (昆政发〔2018〕15号), 索引号, the
 * unified social credit code of an organization (GB 32100-2015, with its check character), and
 * amounts. Findings inside them are dropped.
 */
public final class NonPersonal {

    /** The year and number of a 文号; the issuer's characters before it are added by hand (a leading repeat would backtrack at every character). */
    private static final Pattern DOC_NUMBER = Pattern.compile("[〔\\[［(（【]\\s*\\d{4}\\s*[〕\\]］)）】]\\s*\\d{1,6}\\s*号");
    private static final Pattern INDEX_NUMBER = Pattern.compile("索引号\\s*[:：]?\\s*[0-9A-Za-z][0-9A-Za-z/\\-－.]{5,40}");
    private static final Pattern CREDIT_CODE = Pattern.compile("(?<![0-9A-Za-z])([0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Za-z])");
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private NonPersonal() {
    }

    /** [start, end) pairs of the stretches in {@code text}. */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        Candidates docs = new Candidates(DOC_NUMBER, text, (c, b) -> c == '〔' || c == '[' || c == '［' || c == '(' || c == '（' || c == '【');
        Matcher doc = docs.matcher();
        while (docs.find()) {
            int start = doc.start();
            while (start > 0 && doc.start() - start < 12 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
                start--;
            }
            if (start < doc.start()) {
                out.add(new int[]{start, doc.end()});
            }
        }
        add(new Candidates(INDEX_NUMBER, text, (c, b) -> c == '索'), out);
        Candidates codes = Candidates.ofRuns(CREDIT_CODE, text, Candidates.ALNUM_RUN);
        Matcher m = codes.matcher();
        while (codes.find()) {
            String code = m.group(1);
            // a code that is also a valid ID number (trailing X included) stays an ID number: one in 31
            // ID numbers passes the credit code's check too, and missing an ID costs more than masking a code
            // so does one after an ID's label that has an ID's region and birth date: a citizen's mistyped ID
            // number passes the credit code's check one time in 31 too (browser walk: 身份证号320583198805061234
            // went public whole beside masked ones)
            if (creditCodeValid(code) && !ResidentIdDetector.valid18(code)
                    && !(ResidentIdDetector.labelled(text, m.start(1)) && ResidentIdDetector.plausible18(code))) {
                out.add(new int[]{m.start(1), m.end(1)});
            }
        }
        return out;
    }

    public static boolean creditCodeValid(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CODE_CHARS.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * CODE_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CODE_CHARS.charAt(check) == code.charAt(17);
    }

    private static void add(Candidates found, List<int[]> out) {
        Matcher m = found.matcher();
        while (found.find()) {
            out.add(new int[]{m.start(), m.end()});
        }
    }
}
