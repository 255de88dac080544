package org.zwgk.portal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Snippets in two steps, so that they are HTML-escaped exactly once. The highlighter's passages come
 * out as plain text with each match between two noncharacters ({@link #START}, {@link #END}); then
 * {@link #toHtml} cleans the Markdown marks, cuts to length, escapes, and turns the marks into
 * {@code <em>}. (Escaping in the highlighter and cleaning afterwards turned {@code &#x27;} into
 * {@code & x27;}: the cleaning took the {@code #} of the entity for a Markdown mark.)
 */
final class SnippetFormatter extends PassageFormatter {

    static final char START = '\uFDD0';
    static final char END = '\uFDD1';
    private static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > pos && pos > 0) {
                out.append(ELLIPSIS);
            }
            pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                // overlapping matches are one mark
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                end = Math.min(end, passage.getEndOffset());
                append(out, content, pos, start);
                out.append(START);
                append(out, content, start, end);
                out.append(END);
                pos = end;
            }
            append(out, content, pos, Math.max(pos, passage.getEndOffset()));
            pos = passage.getEndOffset();
        }
        return out.toString();
    }

    /**
     * The marked snippet with only the one character typed marked: a character is found through the word
     * pairs it starts (税额, 税所), which marked two characters each where the citizen asked for one (browser
     * walk: choppy highlighting). Every occurrence in the passage is marked, its traditional form too.
     */
    static String markingOnly(String marked, String character) {
        if (marked == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(marked.length());
        for (int i = 0; i < marked.length(); ) {
            int c = marked.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c != START && c != END) {
                String one = marked.substring(i, next);
                if (TraditionalToSimplified.apply(one).equals(character)) {
                    out.append(START).append(one).append(END);
                } else {
                    out.append(one);
                }
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * The marked snippet without the marks of a lone word pair that straddles two of the text's words and is
     * no word the citizen typed: 民法典 found the 民法 of 人民法院 (人民 法院) and marked it as if the text spoke
     * of the code (browser walk). A longer mark (pairs in a row: what was typed) stays, as does a pair typed
     * as a word of its own or one standing where the text's words start and end. {@code wordBounds} gives
     * where the text's words start and end; it is asked only when a pair is in doubt.
     */
    static String withoutStraddlingPairs(String marked, java.util.Set<String> typed,
                                         java.util.function.Function<String, java.util.Set<Integer>> wordBounds) {
        if (marked == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder(marked.length());
        java.util.List<int[]> doubtful = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                start = plain.length();
            } else if (c == END) {
                String mark = plain.substring(start, plain.length());
                if (mark.length() == 2 && mark.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        && !typed.contains(TraditionalToSimplified.apply(mark))) {
                    doubtful.add(new int[] {start, plain.length()});
                }
            } else {
                plain.append(c);
            }
        }
        if (doubtful.isEmpty()) {
            return marked;
        }
        java.util.Set<Integer> bounds = wordBounds.apply(plain.toString());
        java.util.Set<Integer> unmarked = new java.util.HashSet<>();
        for (int[] pair : doubtful) {
            if (!bounds.contains(pair[0]) || !bounds.contains(pair[1])) {
                unmarked.add(pair[0]);
            }
        }
        StringBuilder out = new StringBuilder(marked.length());
        int at = 0;
        boolean dropping = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                dropping = unmarked.contains(at);
                if (!dropping) {
                    out.append(c);
                }
            } else if (c == END) {
                if (!dropping) {
                    out.append(c);
                }
                dropping = false;
            } else {
                out.append(c);
                at++;
            }
        }
        return out.toString();
    }

    /** Up to {@code count} characters of the marked snippet's first passage as they stand in the text. */
    static String firstWords(String marked, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < marked.length() && out.length() < count; i++) {
            char c = marked.charAt(i);
            if (marked.startsWith(ELLIPSIS, i)) {
                break;
            }
            if (c != START && c != END) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** How many characters of the first passage come before its first match (0 without one). */
    static int beforeFirstMatch(String marked) {
        int chars = 0;
        for (int i = 0; i < marked.length() && !marked.startsWith(ELLIPSIS, i); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                return chars;
            }
            if (c != END) {
                chars++;
            }
        }
        return 0;
    }

    /** The text, without any of our two marks it might hold itself. */
    private static void append(StringBuilder out, String content, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, content.length()); i++) {
            char c = content.charAt(i);
            if (c != START && c != END) {
                out.append(c);
            }
        }
    }

    /** The marked passage as HTML: Markdown marks out, at most {@code max} characters, escaped once, matches in em. */
    static String toHtml(String marked, int max) {
        String text = DocumentIndexer.plain(marked, max);
        StringBuilder html = new StringBuilder(text.length() + 32);
        boolean inMatch = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == START) {
                if (!inMatch) {
                    html.append("<em>");
                    inMatch = true;
                }
            } else if (c == END) {
                if (inMatch) {
                    html.append("</em>");
                    inMatch = false;
                }
            } else {
                switch (c) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
        }
        if (inMatch) { // the cut fell inside a match
            boolean cut = html.length() > 0 && html.charAt(html.length() - 1) == '…';
            html.insert(cut ? html.length() - 1 : html.length(), "</em>");
        }
        return html.toString().replace("<em></em>", "");
    }
}
