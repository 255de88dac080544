package org.zwgk.portal.privacy;

import org.zwgk.portal.privacy.detect.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as a reader sees it once it is rendered: what HTML tags, HTML comments, invisible characters
 * (zero-width spaces, soft hyphens, direction marks), Markdown's backslash escapes and emphasis marks
 * between digits, and numeric character references hide from a pattern, with every visible character
 * mapped back to where it stands in the text as typed. A number written 138&lt;!-- --&gt;00001111,
 * &lt;span&gt;320583199&lt;/span&gt;001011232 or 138**0000**1111 renders whole on the public page, so
 * it is found whole and its stretch of the typed text masked (security audit: these went public).
 */
final class VisibleText {

    private final String text;
    /** Per visible character: where it starts and ends in the typed text; null when nothing was hidden. */
    private final int[] from, to;

    private VisibleText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    String text() {
        return text;
    }

    static VisibleText of(String typed) {
        if (!mayHide(typed)) {
            return new VisibleText(typed, null, null);
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
            if (ref != null) {
                from[out.length()] = i;
                to[out.length()] = ref[1];
                out.append((char) ref[0]);
                i = ref[1];
                continue;
            }
            from[out.length()] = i;
            to[out.length()] = i + 1;
            out.append(c);
            i++;
        }
        return new VisibleText(out.toString(), from, to);
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

    /** Cheap first look: most texts hide nothing. */
    private static boolean mayHide(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '&' || c == '\\' || c == '*' || c == '_' || c == '~' || c == '`' || invisible(c)) {
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

    /** A numeric character reference (&#49; &#x31;) to an ASCII digit or letter: {code, end}; null otherwise. */
    private static int[] reference(String s, int i) {
        if (!s.startsWith("&#", i)) {
            return null;
        }
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
        if (j == start || j >= s.length() || s.charAt(j) != ';' || value >= 0x80 || !Character.isLetterOrDigit(value)) {
            return null;
        }
        return new int[]{value, j + 1};
    }

    private static boolean invisible(char c) {
        return c == '\u00AD' || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u2064'
                || c == '\uFEFF';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isPunctuation(char c) {
        return c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c);
    }
}
