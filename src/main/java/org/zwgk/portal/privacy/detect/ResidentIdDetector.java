package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 居民身份证号码 (GB 11643-1999): 18 characters with a valid region prefix, a possible birth date and
 * the ISO 7064 MOD 11-2 check character (X for 10); and the old 15-digit numbers (two-digit year, no
 * check character). A number that fails any of these is not taken for an ID number.
 */
public final class ResidentIdDetector implements Detector {

    /**
     * The number in one run (after a label, one failing only its check character too), or in its three parts (region, birth date, sequence and check) split by spaces
     * or dashes (110105 19491231 002X), as forms print it, or after its region (320583 198503121234). Only
     * these splits are joined, and only after a
     * label ({@link #LABELS}): a table row of a division code, a date and a count has that shape too, and
     * one in eleven of them passes the check character.
     */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(?:(\\d{17}[0-9Xx]|\\d{15})"
            + "|(\\d{6})[ \\t\\u00A0\\u3000\\-\\u2013－]{1,3}(\\d{8})[ \\t\\u00A0\\u3000\\-\\u2013－]{1,3}(\\d{3}[0-9Xx])"
            + "|(\\d{6})[ \\t\\u00A0\\u3000\\-\\u2013－]{1,3}(\\d{11}[0-9Xx]))(?![0-9])");
    /** Words that name an ID number, looked for in the {@link #LABEL_BEFORE} characters before a split one. */
    private static final List<String> LABELS = List.of("身份", "证件", "证号");
    private static final int LABEL_BEFORE = 16;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** The province-level codes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao, 83 Taiwan residence permits). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82", "83");

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Candidates found = Candidates.ofNumbers(CANDIDATE, text, Candidates.NUMBER, n -> n >= 15 || n == 6);
        Matcher m = found.matcher();
        while (found.find()) {
            String v = m.group(1);
            if (v == null) {
                String joined = m.group(2) != null ? m.group(2) + m.group(3) + m.group(4) : m.group(5) + m.group(6);
                if (labelled(text, m.start()) && plausible18(joined)) {
                    out.add(new Finding(PiiType.RESIDENT_ID, m.start(), m.end(), m.group()));
                }
            } else if (v.length() == 18 ? valid18(v) || labelled(text, m.start(1)) && plausible18(v) : valid15(v)) {
                out.add(new Finding(v.length() == 18 ? PiiType.RESIDENT_ID : PiiType.RESIDENT_ID_15, m.start(1), m.end(1), v));
            }
        }
    }

    static boolean labelled(String text, int start) {
        String before = text.substring(Math.max(0, start - LABEL_BEFORE), start);
        return LABELS.stream().anyMatch(before::contains);
    }

    /**
     * A region and a birth date, whatever the check character: after a label (身份证 …) a number that
     * fails only the check is still someone's ID, mistyped by a citizen, and is masked like one.
     */
    static boolean plausible18(String v) {
        return v.length() == 18 && region(v) && birthDate(v.substring(6, 10), v.substring(10, 12), v.substring(12, 14))
                && v.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static boolean valid18(String v) {
        if (v.length() != 18 || !region(v) || !birthDate(v.substring(6, 10), v.substring(10, 12), v.substring(12, 14))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11] == Character.toUpperCase(v.charAt(17));
    }

    public static boolean valid15(String v) {
        return v.length() == 15 && v.chars().allMatch(c -> c >= '0' && c <= '9') && region(v)
                && birthDate("19" + v.substring(6, 8), v.substring(8, 10), v.substring(10, 12));
    }

    private static boolean region(String v) {
        // province, then a city and county part that are not both zero (the province itself issues no numbers)
        return PROVINCES.contains(v.substring(0, 2)) && !v.startsWith("0000", 2);
    }

    private static boolean birthDate(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now());
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
