package org.zwgk.portal.workflow;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MeyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff of two texts for people: kept, removed and added lines, unchanged runs folded.
 *
 * <p>Bounded: Myers' algorithm costs about (lines × edits), quadratic when two long texts differ
 * everywhere. The common head and tail are cut off first (linear); the rest is diffed with a budget
 * of edits and of line comparisons. Over the budget, or over {@link #MAX_CHARS}, the diff is
 * {@link Diff#tooLarge()} and the page offers both texts for download instead.
 */
public final class TextDiff {

    public enum Kind { SAME, REMOVED, ADDED, FOLDED }

    public record Line(Kind kind, String text) {
        public String css() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The lines to show, or {@code tooLarge} with none; {@code beforeUrl} and {@code afterUrl} are where
     * the two texts can be downloaded (set by the page that shows the diff).
     */
    public record Diff(List<Line> lines, boolean tooLarge, String beforeUrl, String afterUrl) {
        public boolean isEmpty() {
            return !tooLarge && lines.isEmpty();
        }

        public Diff withDownloads(String before, String after) {
            return new Diff(lines, tooLarge, before, after);
        }
    }

    /** Both texts together, in characters, above which no diff is tried. */
    static final int MAX_CHARS = 4_000_000;
    /** Changed lines (removed plus added) a diff may show. */
    static final int MAX_EDITS = 2_000;
    /** Line comparisons one diff may spend: well under a second. */
    static final long MAX_COMPARISONS = 20_000_000L;

    private static final int CONTEXT = 2;

    private TextDiff() {
    }

    public static Diff none() {
        return new Diff(List.of(), false, null, null);
    }

    public static Diff of(String before, String after) {
        if (length(before) + length(after) > MAX_CHARS) {
            return tooLarge();
        }
        List<String> a = lines(org.zwgk.portal.documents.MarkdownRenderer.unescaped(before));
        List<String> b = lines(org.zwgk.portal.documents.MarkdownRenderer.unescaped(after));
        int min = Math.min(a.size(), b.size());
        int head = 0;
        while (head < min && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < min - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> middleA = a.subList(head, a.size() - tail);
        List<String> middleB = b.subList(head, b.size() - tail);
        if (Math.abs(middleA.size() - middleB.size()) > MAX_EDITS) {
            return tooLarge(); // at least that many lines were added or removed
        }
        Patch<String> patch;
        try {
            Budget budget = new Budget();
            patch = DiffUtils.diff(middleA, middleB, new MeyersDiff<>(budget::equal), budget);
        } catch (Budget.Exceeded e) {
            return tooLarge();
        }
        List<Line> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = head + delta.getSource().getPosition();
            same(a, at, start, out, at == 0, false);
            delta.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
            at = start + delta.getSource().size();
        }
        same(a, at, a.size(), out, at == 0, true);
        return new Diff(out, false, null, null);
    }

    private static Diff tooLarge() {
        return new Diff(List.of(), true, null, null);
    }

    /** Counts what the algorithm spends and stops it when it spends too much. */
    private static final class Budget implements DiffAlgorithmListener {
        private long comparisons;

        boolean equal(String x, String y) {
            if (++comparisons > MAX_COMPARISONS) {
                throw new Exceeded();
            }
            return x.equals(y);
        }

        @Override
        public void diffStart() {
        }

        /** Myers' outer loop: {@code step} is the number of edits of the paths explored so far. */
        @Override
        public void diffStep(int step, int max) {
            if (step > MAX_EDITS) {
                throw new Exceeded();
            }
        }

        @Override
        public void diffEnd() {
        }

        static final class Exceeded extends RuntimeException {
            Exceeded() {
                super("diff budget exceeded", null, false, false);
            }
        }
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

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\r?\n", -1));
    }
}
