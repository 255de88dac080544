package org.zwgk.portal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The articles (第X条) of a law or a long policy, one place for the search (which scores them one by
 * one) and the document page (which gives each the anchor {@code art-N} a search result links to).
 * An article starts on a line that begins with 第X条; it runs to the next article or heading.
 */
public final class Articles {

    /** A body with fewer articles than this is not treated as a text of articles. */
    public static final int MIN_ARTICLES = 3;
    /** Where an article's text is cut for the index (a few articles run for pages). */
    public static final int MAX_ARTICLE_LENGTH = 2000;

    private static final Pattern START = Pattern.compile("^\\s*第([零〇一二两三四五六七八九十百千0-9]{1,8})条(?:之[一二三四五六七八九十]+)?[\\s\u3000]");
    private static final Pattern HEADING = Pattern.compile("^\\s*(#+\\s*.*|第[零〇一二三四五六七八九十百千0-9]+[编章节]\\s.*)$");

    /** One article: its number, its text (starting with 第X条), and the headings it stands under. */
    public record Article(int number, String text, String context) {
    }

    private Articles() {
    }

    /** The article number a paragraph starts with, or -1. */
    public static int number(String paragraph) {
        Matcher m = START.matcher(paragraph.length() > 40 ? paragraph.substring(0, 40) + " " : paragraph + " ");
        return m.find() ? parse(m.group(1)) : -1;
    }

    /** The articles of a body, empty when it has fewer than {@link #MIN_ARTICLES}. */
    public static List<Article> split(String body) {
        List<Article> out = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return out;
        }
        String[] headings = new String[4];
        int number = -1;
        StringBuilder text = new StringBuilder();
        String context = "";
        for (String line : body.split("\n")) {
            int n = number(line);
            boolean heading = n < 0 && HEADING.matcher(line).matches();
            if (n >= 0 || heading) {
                if (number >= 0) {
                    out.add(new Article(number, cut(text), context));
                    number = -1;
                }
            }
            if (heading) {
                String h = line.replaceAll("^\\s*#+\\s*", "").strip();
                int level = h.matches("第\\S+编.*") ? 0 : h.matches("第\\S+章.*") ? 1 : h.matches("第\\S+节.*") ? 2 : 3;
                headings[level] = h;
                for (int i = level + 1; i < headings.length; i++) {
                    headings[i] = null;
                }
            } else if (n >= 0) {
                number = n;
                text.setLength(0);
                text.append(line.strip());
                StringBuilder c = new StringBuilder();
                for (String h : headings) {
                    if (h != null) {
                        c.append(h).append(' ');
                    }
                }
                context = c.toString().strip();
            } else if (number >= 0 && !line.isBlank()) {
                text.append('\n').append(line.strip());
            }
        }
        if (number >= 0) {
            out.add(new Article(number, cut(text), context));
        }
        return out.size() < MIN_ARTICLES ? List.of() : out;
    }

    /**
     * The number of the article that the character at {@code offset} of a body stands in (the last
     * line starting 第X条 at or before it), or 0 before the first article or when there is none.
     */
    public static int numberAt(String body, int offset) {
        if (body == null || offset < 0) {
            return 0;
        }
        int lineStart = body.lastIndexOf('\n', Math.min(offset, body.length() - 1)) + 1;
        while (true) {
            int end = body.indexOf('\n', lineStart);
            int n = number(body.substring(lineStart, end < 0 ? body.length() : end));
            if (n >= 0) {
                return n;
            }
            if (lineStart == 0) {
                return 0;
            }
            lineStart = body.lastIndexOf('\n', lineStart - 2) + 1;
        }
    }

    private static String cut(StringBuilder text) {
        return text.length() > MAX_ARTICLE_LENGTH ? text.substring(0, MAX_ARTICLE_LENGTH) : text.toString();
    }

    /** 一百二十三 → 123, 十 → 10, 0-9 digits as they are. */
    public static int parse(String numeral) {
        if (numeral.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int section = 0;
        int digit = 0;
        for (char c : numeral.toCharArray()) {
            int d = "零〇一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 3; // index of 二 in the string above is 3 (零, 〇 first)
            }
            if (d >= 0) {
                digit = d < 2 ? 0 : d - 1;
            } else {
                int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 1;
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        total += section + digit;
        return total;
    }
}
