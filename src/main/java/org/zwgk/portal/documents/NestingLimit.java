package org.zwgk.portal.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds what makes the Markdown parser's work grow faster than the text: containers nested on one
 * line ({@code >>>>…}, {@code - - - …}), which it follows recursively until the stack overflows, and
 * thousands of opening brackets, whose link matching is quadratic, and thousands of {@code <} that
 * no {@code >} closes, each of which the parser follows to the end of its paragraph looking for a tag
 * (security review: 100,000 of {@code <a } took 35 s to render, on the editor's, the reviewers' and,
 * once published, every uncached view). Markers past the limit are escaped, so they are shown as typed
 * rather than nested; no document needs more.
 */
final class NestingLimit {

    static final int MAX_DEPTH = 12;
    static final int MAX_BRACKETS = 2000;
    static final int MAX_UNCLOSED_ANGLES = 100;
    private static final Pattern MARKER = Pattern.compile("[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]?");

    private NestingLimit() {
    }

    static String apply(String markdown) {
        String text = markdown;
        if (text.chars().filter(c -> c == '[').count() > MAX_BRACKETS) {
            text = text.replace("[", "\\[");
        }
        text = unclosedAnglesEscaped(text);
        if (!mayNest(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            out.append(bounded(line));
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * The text with every {@code <} that cannot open a tag (no {@code >} before the next {@code <}) written
     * as {@code &lt;}, when there are more than {@link #MAX_UNCLOSED_ANGLES}: it is shown as typed either
     * way, in a paragraph as in an HTML block. Each costs the parser the rest of its paragraph, so the
     * limit is low: a hundred in a two-megabyte paragraph is a fraction of a second.
     */
    static String unclosedAnglesEscaped(String text) {
        java.util.BitSet unclosed = new java.util.BitSet();
        int nextOpen = -1;
        int nextClose = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '>') {
                nextClose = i;
            } else if (c == '<') {
                if (nextClose < 0 || nextOpen >= 0 && nextOpen < nextClose) {
                    unclosed.set(i);
                }
                nextOpen = i;
            }
        }
        if (unclosed.cardinality() <= MAX_UNCLOSED_ANGLES) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 3 * unclosed.cardinality());
        for (int i = 0; i < text.length(); i++) {
            if (unclosed.get(i)) {
                out.append("&lt;");
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** Cheap test first: only a line starting with many markers needs the rewrite. */
    private static boolean mayNest(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')') {
                if (++run > MAX_DEPTH) {
                    return true;
                }
            } else if (c == '\n' || c != ' ' && c != '\t' && !(c >= '0' && c <= '9')) {
                run = 0;
            }
        }
        return false;
    }

    private static String bounded(String line) {
        Matcher m = MARKER.matcher(line);
        int depth = 0;
        int pos = 0;
        StringBuilder out = null;
        while (pos < line.length() && m.find(pos) && m.start() == pos && m.end() > pos) {
            depth++;
            if (depth > MAX_DEPTH) {
                if (out == null) {
                    out = new StringBuilder(line.length() + 64).append(line, 0, pos);
                }
                String marker = line.substring(pos, m.end());
                int at = firstNonBlank(marker);
                out.append(marker, 0, at).append('\\').append(marker.substring(at));
            }
            pos = m.end();
        }
        return out == null ? line : out.append(line, pos, line.length()).toString();
    }

    private static int firstNonBlank(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
