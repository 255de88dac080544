package org.zwgk.portal.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers a pager links ({@code pages:around(page, count)}): the first, the last and two on each
 * side of the current one, a gap (0) where numbers are left out. A citizen on page 1 of 40 sees
 * 1 2 3 … 40 and can jump to the end or back to the start without clicking 下一页 forty times; page 23
 * of them is typed into the pager's own small form, which carries the list's other parameters
 * ({@code pages:action(url)}, {@code pages:fields(url)}) so the search or filter stays as it was.
 */
@TemplateExtension(namespace = "pages")
public class PageNumbers {

    static final int SIDE = 2;

    /** A parameter of the list's address, decoded, for a hidden field of the jump form. */
    public record Field(String name, String value) {
    }

    public static List<Integer> around(int page, int count) {
        List<Integer> numbers = new ArrayList<>();
        int from = Math.max(1, page - SIDE);
        int to = Math.min(count, page + SIDE);
        if (from > 1) {
            numbers.add(1);
            if (from > 2) {
                numbers.add(from == 3 ? 2 : 0);
            }
        }
        for (int n = from; n <= to; n++) {
            numbers.add(n);
        }
        if (to < count) {
            if (to < count - 1) {
                numbers.add(to == count - 2 ? count - 1 : 0);
            }
            numbers.add(count);
        }
        return numbers;
    }

    /** Whether some page numbers are left out, so that typing one helps. */
    public static boolean gaps(int page, int count) {
        return around(page, count).contains(0);
    }

    /** The path of a pager's address ({@code /search?q=…&}): where the jump form goes. */
    public static String action(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The parameters of a pager's address but its page: the jump form's hidden fields. */
    public static List<Field> fields(String url) {
        List<Field> fields = new ArrayList<>();
        int query = url.indexOf('?');
        if (query < 0) {
            return fields;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!name.equals("page")) {
                fields.add(new Field(name, eq < 0 ? "" : decode(pair.substring(eq + 1))));
            }
        }
        return fields;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // an address the portal wrote is always well encoded; anything else is kept as it is
            return s;
        }
    }
}
