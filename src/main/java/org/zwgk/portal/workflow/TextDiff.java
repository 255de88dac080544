package org.zwgk.portal.workflow;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A line diff of two texts for people: kept, removed and added lines, unchanged runs folded. */
public final class TextDiff {

    public enum Kind { SAME, REMOVED, ADDED, FOLDED }

    public record Line(Kind kind, String text) {
        public String css() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final int CONTEXT = 2;

    private TextDiff() {
    }

    public static List<Line> of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            same(a, at, start, out, at == 0, false);
            delta.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
            at = start + delta.getSource().size();
        }
        same(a, at, a.size(), out, at == 0, true);
        return out;
    }

    /** Unchanged lines between changes: a little context on each side, the rest folded. */
    private static void same(List<String> a, int from, int to, List<Line> out, boolean first, boolean last) {
        int n = to - from;
        int head = first ? 0 : CONTEXT;
        int tail = last ? 0 : CONTEXT;
        if (n <= head + tail + 1) {
            a.subList(from, to).forEach(l -> out.add(new Line(Kind.SAME, l)));
            return;
        }
        a.subList(from, from + head).forEach(l -> out.add(new Line(Kind.SAME, l)));
        out.add(new Line(Kind.FOLDED, Integer.toString(n - head - tail)));
        a.subList(to - tail, to).forEach(l -> out.add(new Line(Kind.SAME, l)));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\r?\n", -1));
    }
}
