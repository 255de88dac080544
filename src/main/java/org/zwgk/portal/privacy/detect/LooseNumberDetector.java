package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.ArrayList;
import java.util.List;

/**
 * Mobile and ID numbers written in groups the other detectors do not expect, the way a citizen writes
 * one to slip past a filter or just by habit: 138 12 34 56 78, 1 38 1234 5678, 138，1234，5678,
 * (138) 1234-5678, 320583/19900101/1234, 3205 8319 9001 0112 34. Digit groups joined by up to three
 * spaces, dashes, dots, commas, slashes or brackets are read as one number where their digits add up to
 * one. Lists and table rows have that shape too (150、2000、3000 is three amounts), so a number is taken
 * only after a word that names it within a few characters (电话, 手机, 身份证 …); or, for a mobile number,
 * in the groups phone numbers are written in (138 - 1234 - 5678, 1381 234 5678, (138) 1234 5678, or digit
 * by digit) with spaces or dashes; or, for an ID number, when it passes the check character and is not
 * laid out as a table row ({@link #tableRow}).
 */
public final class LooseNumberDetector implements Detector {

    private static final String SEPARATORS = " -.,，、/\\()（）·\u3000\u00A0";
    private static final int MAX_GAP = 3;
    private static final String[] PHONE_WORDS = {"电话", "手机", "联系", "号码", "致电", "拨打", "来电", "微信", "短信", "tel", "Tel", "TEL"};
    private static final String[] ID_WORDS = {"身份", "证件", "证号"};
    private static final int WORD_BEFORE = 12;

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Texts.isDigit(text.charAt(i)) || i > 0 && Texts.isAsciiAlnum(text.charAt(i - 1))) {
                i++;
                continue;
            }
            List<int[]> groups = new ArrayList<>();
            int j = i;
            while (true) {
                int start = j;
                while (j < n && Texts.isDigit(text.charAt(j))) {
                    j++;
                }
                groups.add(new int[]{start, j});
                int k = j;
                while (k < n && k - j < MAX_GAP && SEPARATORS.indexOf(text.charAt(k)) >= 0) {
                    k++;
                }
                if (k == j || k >= n || !Texts.isDigit(text.charAt(k))) {
                    break;
                }
                j = k;
            }
            int runEnd = groups.get(groups.size() - 1)[1];
            if (groups.size() >= 2 && (runEnd >= n || !Texts.isAsciiAlnum(text.charAt(runEnd)) || isX(text, runEnd))) {
                find(text, groups, context, out);
            }
            i = Math.max(runEnd, i + 1);
        }
    }

    /** The numbers among consecutive groups of one run, each group in at most one. */
    private static void find(String text, List<int[]> groups, DetectionContext context, List<Finding> out) {
        int a = 0;
        while (a < groups.size()) {
            int taken = -1;
            StringBuilder digits = new StringBuilder();
            for (int b = a; b < groups.size() && digits.length() <= 18; b++) {
                digits.append(text, groups.get(b)[0], groups.get(b)[1]);
                if (b == a) {
                    continue;
                }
                int start = groups.get(a)[0];
                int end = groups.get(b)[1];
                if (digits.length() == 11 && mobile(text, groups.subList(a, b + 1), digits.toString(), context)) {
                    out.add(new Finding(PiiType.MOBILE, start, end, text.substring(start, end)));
                    taken = b;
                    break;
                }
                String id = digits.length() == 17 && isX(text, end) ? digits + "X" : digits.toString();
                int idEnd = id.length() > digits.length() ? end + 1 : end;
                if (id.length() == 18 && (named(text, start, ID_WORDS) && ResidentIdDetector.plausible18(id)
                        || ResidentIdDetector.valid18(id) && !tableRow(text, groups.subList(a, b + 1)))) {
                    out.add(new Finding(PiiType.RESIDENT_ID, start, idEnd, text.substring(start, idEnd)));
                    taken = b;
                    break;
                }
            }
            a = taken >= 0 ? taken + 1 : a + 1;
        }
    }

    private static boolean mobile(String text, List<int[]> groups, String digits, DetectionContext context) {
        if (digits.charAt(0) != '1' || digits.charAt(1) < '3' || context.isPublicNumber(digits)) {
            return false;
        }
        int start = groups.get(0)[0];
        int end = groups.get(groups.size() - 1)[1];
        if (Amounts.isAmount(text, start, end)) {
            return false;
        }
        return named(text, start, PHONE_WORDS) || phoneShaped(text, groups);
    }

    /**
     * A division code, a date and a count side by side (320583 19900315 4317, 320583,20190315,4317,
     * 320583、2019-03-15、4317): a table row's or a list's shape, which one in eleven passes an ID's check
     * character, so it needs a word that names an ID. Other groupings of a number that passes the check
     * (3205 8319 9003 1543 17, 320583.19900315.4317, 320583/19900315/4317, 320583-19900315-4317) are
     * someone's ID written by habit (security audit: published whole). Dots between a number's groups
     * arrive here as dashes, tabs as spaces. A count never ends in X: an ID's check character is not a row.
     */
    private static boolean tableRow(String text, List<int[]> groups) {
        int[] lengths = groups.stream().mapToInt(g -> g[1] - g[0]).toArray();
        if (java.util.Arrays.equals(lengths, new int[]{6, 4, 2, 2, 4})) {
            return true;   // a date written in its parts: no one writes an ID so
        }
        boolean shape = java.util.Arrays.equals(lengths, new int[]{6, 8, 4}) || java.util.Arrays.equals(lengths, new int[]{6, 12});
        return shape && separatedOnlyBy(text, groups, " \u3000\u00A0,，、;；");
    }

    private static boolean separatedOnlyBy(String text, List<int[]> groups, String separators) {
        for (int g = 1; g < groups.size(); g++) {
            for (int k = groups.get(g - 1)[1]; k < groups.get(g)[0]; k++) {
                if (separators.indexOf(text.charAt(k)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** 138 - 1234 - 5678, 1381 234 5678 or (138) 1234-5678: the groups of a phone number, split by spaces or dashes only. */
    private static boolean phoneShaped(String text, List<int[]> groups) {
        int[] lengths = groups.stream().mapToInt(g -> g[1] - g[0]).toArray();
        boolean bracketed = groups.get(0)[0] > 0 && "(（".indexOf(text.charAt(groups.get(0)[0] - 1)) >= 0
                && ")）".indexOf(text.charAt(groups.get(0)[1])) >= 0;
        for (int g = 1; g < groups.size(); g++) {
            for (int k = groups.get(g - 1)[1]; k < groups.get(g)[0]; k++) {
                char c = text.charAt(k);
                if (!(c == ' ' || c == '-' || c == '\u3000' || bracketed && g == 1 && ")）".indexOf(c) >= 0)) {
                    return false;
                }
            }
        }
        // 1 3 9 1 2 3 4 5 6 7 8: spelled out digit by digit (security audit: published whole)
        boolean spelled = java.util.Arrays.stream(lengths).allMatch(l -> l == 1);
        return java.util.Arrays.equals(lengths, new int[]{3, 4, 4}) || java.util.Arrays.equals(lengths, new int[]{4, 3, 4})
                || bracketed && lengths[0] == 3 || spelled;
    }

    private static boolean named(String text, int start, String[] words) {
        return Texts.containsAny(Texts.before(text, start, WORD_BEFORE), words);
    }

    private static boolean isX(String text, int at) {
        return at < text.length() && (text.charAt(at) == 'X' || text.charAt(at) == 'x')
                && (at + 1 >= text.length() || !Texts.isAsciiAlnum(text.charAt(at + 1)));
    }
}
