package org.zwgk.portal.web;

import io.quarkus.qute.TemplateExtension;

import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers a pager links ({@code pages:around(page, count)}): the first, the last and two on each
 * side of the current one, a gap (0) where numbers are left out. A citizen on page 1 of 40 sees
 * 1 2 3 … 40 and can jump to the end or back to the start without clicking 下一页 forty times.
 */
@TemplateExtension(namespace = "pages")
public class PageNumbers {

    static final int SIDE = 2;

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
}
