package org.zwgk.portal.privacy;

import org.zwgk.portal.privacy.detect.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as a reader sees it once it is rendered: what HTML tags, HTML comments, invisible characters
 * (zero-width spaces, soft hyphens, direction marks), Markdown's backslash escapes, emphasis marks,
 * link brackets and hard line breaks between digits, character references (&amp;#49; &amp;shy;) and digits
 * of other scripts or in other dress (١٣٨, 𝟏𝟑𝟖, ①③⑧, ¹³⁸) hide from a pattern, with every visible character
 * mapped back to where it stands in the text as typed. A number written 138&lt;!-- --&gt;00001111,
 * &lt;span&gt;320583199&lt;/span&gt;001011232 or 138**0000**1111 renders whole on the public page, so
 * it is found whole and its stretch of the typed text masked (security audit: these went public).
 */
final class VisibleText {

    private final String text;
    /** Whether the reader sees other characters than were typed (some hidden, or a reference read). */
    private final boolean differs;
    /** Per visible character: where it starts and ends in the typed text; null when nothing was hidden. */
    private final int[] from, to;

    private VisibleText(String typed, String text, int[] from, int[] to) {
        this.differs = !typed.equals(text);
        this.text = text;
        this.from = from;
        this.to = to;
    }

    String text() {
        return text;
    }

    static VisibleText of(String typed) {
        if (!mayHide(typed)) {
            return new VisibleText(typed, typed, null, null);
        }
        int n = typed.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n], to = new int[n];
        int i = 0;
        while (i < n) {
            char c = typed.charAt(i);
            int skip = hidden(typed, i);
            if (skip > 0) {
                i += skip;
                continue;
            }
            int[] ref = c == '&' ? reference(typed, i) : null;
            int cp = ref != null ? ref[0] : typed.codePointAt(i);
            int end = ref != null ? ref[1] : i + Character.charCount(cp);
            if (invisible(cp)) {
                i = end;
                continue;
            }
            from[out.length()] = i;
            to[out.length()] = end;
            // a digit of any script (١٣٨, 𝟏𝟑𝟖, a reference to one) or in any dress (①, ¹, ➊) is read as the ASCII digit it shows
            int digit = cp >= 0x80 ? digitShown(cp) : -1;
            out.append(digit >= 0 ? (char) ('0' + digit) : Character.isBmpCodePoint(cp) ? (char) cp : '\uFFFD');
            i = end;
        }
        return new VisibleText(typed, out.toString(), from, to);
    }

    /** Whether anything of the typed text is not seen as typed (then the typed text may hold more than the page shows). */
    boolean differs() {
        return differs;
    }

    /** The findings at their places in the typed text (the values as seen, so a mask shows the whole number). */
    List<Finding> inTyped(List<Finding> found) {
        if (from == null || found.isEmpty()) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            out.add(new Finding(f.type(), from[f.start()], to[f.end() - 1], f.value()));
        }
        return out;
    }

    /**
     * The digit a character shows, or -1: a decimal digit of another script, or a digit in a circle, in
     * brackets, with a full stop, raised or lowered (①, ⑴, ⒈, ❶, ¹, ₁), as a number written to slip past a
     * pattern renders it. Not ⑩ and beyond: a two-digit number.
     */
    static int digitShown(int cp) {
        return cp < SHOWN.length ? SHOWN[cp] : digitOf(cp);
    }

    /** {@link #digitShown} of every character of the basic plane, asked of {@link Character} once: each text asks it of every character. */
    private static final byte[] SHOWN = new byte[0x10000];

    static {
        for (int cp = 0; cp < SHOWN.length; cp++) {
            SHOWN[cp] = (byte) digitOf(cp);
        }
    }

    private static int digitOf(int cp) {
        if (Character.isDigit(cp)) {
            return Character.digit(cp, 10);
        }
        if (Character.getType(cp) != Character.OTHER_NUMBER) {
            return -1;
        }
        int value = Character.getNumericValue(cp);
        return value >= 0 && value <= 9 ? value : -1;
    }

    /** Cheap first look: most texts hide nothing. */
    private static boolean mayHide(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '&' || c == '\\' || c == '*' || c == '_' || c == '~' || c == '`' || c == '[' || invisible(c)
                    || gap(c) && gapAfterNumber(s, i)
                    || c >= 0x80 && (digitShown(c) >= 0 || Character.isHighSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    /** How many characters from {@code i} a reader does not see (0: the character is seen). */
    private static int hidden(String s, int i) {
        char c = s.charAt(i);
        if (invisible(c)) {
            return 1;
        }
        if (c == '<') {
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                return end < 0 ? 0 : end + 3 - i;
            }
            if (i + 1 < s.length() && (isAsciiLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/' && i + 2 < s.length()
                    && isAsciiLetter(s.charAt(i + 2)))) {
                int end = s.indexOf('>', i + 1);
                int nextOpen = s.indexOf('<', i + 1);
                return end < 0 || nextOpen >= 0 && nextOpen < end ? 0 : end + 1 - i;
            }
            return 0;
        }
        // a run of spaces and line breaks between two digits shows as one space or one break (a page collapses
        // it; a form sends a line break as CR LF): 1391234⏎0041 typed in a browser, 139 ⏎1234 (security audit)
        if (gap(c) && i + 1 < s.length() && gap(s.charAt(i + 1)) && gapBetweenDigits(s, i)) {
            return 1;
        }
        // after a dash the break itself goes too: 0512-⏎57512345 is the number 0512-57512345
        if (gap(c) && gapAfterDash(s, i)) {
            return 1;
        }
        // Markdown: a link's text between digits (139[1111](#)0002 shows 13911110002), a hard line break (139\⏎1111)
        if (c == '[' && i > 0 && Texts.isDigit(s.charAt(i - 1)) && i + 1 < s.length() && Texts.isDigit(s.charAt(i + 1))) {
            return 1;
        }
        if (c == ']' && s.startsWith("](", i) && i > 0 && Texts.isDigit(s.charAt(i - 1))) {
            int close = s.indexOf(')', i + 2);
            int newline = s.indexOf('\n', i);
            if (close > 0 && close - i < 300 && (newline < 0 || newline > close)) {
                return close + 1 - i;
            }
        }
        if (c == '\\' && i > 0 && Texts.isDigit(s.charAt(i - 1)) && s.startsWith("\n", i + 1)) {
            return 2;
        }
        // Markdown: a backslash before punctuation, and emphasis or code marks, between two digits (138\-0000, 138**0000**1111)
        if ((c == '\\' || c == '*' || c == '_' || c == '~' || c == '`') && i > 0) {
            int end = i;
            while (end < s.length() && (s.charAt(end) == '\\' || s.charAt(end) == '*' || s.charAt(end) == '_' || s.charAt(end) == '~'
                    || s.charAt(end) == '`')) {
                end++;
            }
            if (c == '\\' && end == i + 1 && end < s.length() && isPunctuation(s.charAt(end))) {
                return 1;
            }
            if (Texts.isDigit(s.charAt(i - 1)) && end < s.length() && Texts.isDigit(s.charAt(end))) {
                return end - i;
            }
        }
        return 0;
    }

    /** Named references that hide or split a number as a page shows it. */
    private static final java.util.Map<String, Integer> NAMED = java.util.Map.ofEntries(
            java.util.Map.entry("nbsp", 0xA0), java.util.Map.entry("shy", 0xAD), java.util.Map.entry("ensp", 0x2002),
            java.util.Map.entry("emsp", 0x2003), java.util.Map.entry("thinsp", 0x2009), java.util.Map.entry("zwnj", 0x200C),
            java.util.Map.entry("zwj", 0x200D), java.util.Map.entry("lrm", 0x200E), java.util.Map.entry("rlm", 0x200F),
            java.util.Map.entry("hyphen", 0x2010), java.util.Map.entry("dash", 0x2010), java.util.Map.entry("ndash", 0x2013),
            java.util.Map.entry("mdash", 0x2014), java.util.Map.entry("minus", 0x2212), java.util.Map.entry("period", 0x2E),
            java.util.Map.entry("NoBreak", 0x2060), java.util.Map.entry("ZeroWidthSpace", 0x200B));

    /**
     * A character reference as a page decodes it: numeric (&#49; &#x2060;) or one of {@link #NAMED}
     * (&amp;nbsp; &amp;shy;): {code point, end}; null when there is none at {@code i}.
     */
    private static int[] reference(String s, int i) {
        if (s.startsWith("&#", i)) {
            int j = i + 2;
            boolean hex = j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int start = j, value = 0;
            while (j < s.length() && j - start < 7 && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0) {
                value = value * (hex ? 16 : 10) + Character.digit(s.charAt(j), hex ? 16 : 10);
                j++;
            }
            if (j == start || j >= s.length() || s.charAt(j) != ';' || value <= 0 || value > Character.MAX_CODE_POINT
                    || value >= 0xD800 && value <= 0xDFFF) {
                return null;
            }
            return new int[]{value, j + 1};
        }
        int semi = s.indexOf(';', i + 1);
        if (semi < 0 || semi - i > 16) {
            return null;
        }
        Integer named = NAMED.get(s.substring(i + 1, semi));
        return named == null ? null : new int[]{named, semi + 1};
    }

    private static boolean invisible(int c) {
        return c == 0xAD || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x2064
                || c == 0xFEFF || c == 0x034F || c == 0x180E;
    }

    /**
     * Whether a run of gaps hidden by {@link #hidden} may start at {@code i}: after a digit, with another gap
     * next, or right after a digit and a dash. Only these make a text worth the full walk: every paragraph
     * break is two gaps, and texts without markup keep their fast path.
     */
    private static boolean gapAfterNumber(String s, int i) {
        return i > 0 && Texts.isDigit(s.charAt(i - 1)) && i + 1 < s.length() && gap(s.charAt(i + 1))
                || i > 1 && s.charAt(i - 1) == '-' && Texts.isDigit(s.charAt(i - 2));
    }

    /** A space or line break of any kind, as a page shows it between two digits. */
    static boolean gap(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F' || c == '\u205F';
    }

    /** Whether the run of gaps around {@code i} (at most {@value #LONGEST_GAP} characters) has a digit on each side. */
    private static boolean gapBetweenDigits(String s, int i) {
        int start = i, end = i;
        while (start > 0 && gap(s.charAt(start - 1))) {
            start--;
        }
        while (end < s.length() && gap(s.charAt(end))) {
            end++;
        }
        return end - start <= LONGEST_GAP && start > 0 && Texts.isDigit(s.charAt(start - 1)) && end < s.length() && Texts.isDigit(s.charAt(end));
    }

    /** Whether the run of gaps around {@code i} follows a digit and a dash and ends at a digit (0512-⏎5751…). */
    private static boolean gapAfterDash(String s, int i) {
        int start = i, end = i;
        while (start > 0 && gap(s.charAt(start - 1))) {
            start--;
        }
        while (end < s.length() && gap(s.charAt(end))) {
            end++;
        }
        return end - start <= LONGEST_GAP && start > 1 && s.charAt(start - 1) == '-' && Texts.isDigit(s.charAt(start - 2))
                && end < s.length() && Texts.isDigit(s.charAt(end));
    }

    /** A longer run between digits is a layout (a table's columns), not one number's groups. */
    private static final int LONGEST_GAP = 4;

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isPunctuation(char c) {
        return c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c);
    }
}
