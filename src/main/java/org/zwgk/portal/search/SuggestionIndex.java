package org.zwgk.portal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Prefix lookup over the suggestion dictionary without a scan of the whole list. Each key (the text,
 * its pinyin initials, its full pinyin) is kept as a sorted array, so the entries starting with a
 * prefix are one contiguous range found by binary search. A range of at most {@link #SCAN_LIMIT}
 * entries is ranked on the spot; for the short prefixes whose range is longer, the best
 * {@link #TOP} entries were ranked once when the dictionary was built. Each keystroke costs a binary
 * search and at most {@code SCAN_LIMIT} comparisons, whatever the size of the dictionary.
 */
final class SuggestionIndex {

    /** The most suggestions one lookup returns. */
    static final int TOP = 16;
    /** Ranges up to this long are ranked per lookup; longer ones were ranked at build time. */
    static final int SCAN_LIMIT = 256;

    /** Best first: higher weight, then the text in order. */
    static final Comparator<Suggester.Entry> BEST =
            Comparator.comparingLong(Suggester.Entry::weight).reversed().thenComparing(Suggester.Entry::text);

    private final Key text;
    private final Key initials;
    private final Key pinyin;

    SuggestionIndex(List<Suggester.Entry> entries) {
        Suggester.Entry[] all = entries.toArray(Suggester.Entry[]::new);
        this.text = new Key(all, Suggester.Entry::text);
        this.initials = new Key(all, Suggester.Entry::initials);
        this.pinyin = new Key(all, Suggester.Entry::pinyin);
    }

    /** Up to {@code limit} (at most {@link #TOP}) entries whose text starts with {@code prefix}, best first, without {@code exclude}. */
    List<Suggester.Entry> byText(String prefix, int limit, String exclude) {
        return best(List.of(text.top(prefix)), limit, exclude);
    }

    /** The same by pinyin: entries whose initials or full pinyin start with {@code prefix}. */
    List<Suggester.Entry> byPinyin(String prefix, int limit, String exclude) {
        return best(List.of(initials.top(prefix), pinyin.top(prefix)), limit, exclude);
    }

    private static List<Suggester.Entry> best(List<List<Suggester.Entry>> candidates, int limit, String exclude) {
        Set<Suggester.Entry> merged = new LinkedHashSet<>();
        candidates.forEach(merged::addAll);
        return merged.stream().filter(e -> !e.text().equals(exclude)).sorted(BEST)
                .limit(Math.min(limit, TOP)).toList();
    }

    /** One key of every entry, sorted, with the ranked tops of its long prefix ranges. */
    private static final class Key {

        private final Suggester.Entry[] entries;
        private final String[] keys;
        private final Map<String, List<Suggester.Entry>> ranked = new HashMap<>();

        Key(Suggester.Entry[] all, Function<Suggester.Entry, String> key) {
            Suggester.Entry[] sorted = all.clone();
            Arrays.sort(sorted, Comparator.comparing(key));
            this.entries = sorted;
            this.keys = Arrays.stream(sorted).map(key).toArray(String[]::new);
            rankLongRanges(0, keys.length, 0);
        }

        /**
         * The best {@code TOP + 1} entries (one more, for the excluded exact match) whose key starts
         * with the prefix.
         */
        List<Suggester.Entry> top(String prefix) {
            int from = lowerBound(prefix);
            int to = upperBound(prefix, from);
            if (to - from <= SCAN_LIMIT) {
                return rank(from, to);
            }
            return ranked.get(prefix);
        }

        /**
         * Walks the sorted keys as a trie: within [from, to) every key shares its first {@code depth}
         * characters. Where such a range is longer than the scan limit, its top is ranked and kept
         * under the shared prefix, and the range is split by the next character. Each depth reads
         * every key at most once, so the build costs the keys' length times the entries, once.
         */
        private void rankLongRanges(int from, int to, int depth) {
            if (to - from <= SCAN_LIMIT) {
                return;
            }
            if (depth > 0) {
                ranked.put(keys[from].substring(0, depth), rank(from, to));
            }
            int i = from;
            while (i < to && keys[i].length() == depth) {
                i++; // keys equal to the shared prefix sort first and have no longer prefix
            }
            while (i < to) {
                char c = keys[i].charAt(depth);
                int j = i;
                while (j < to && keys[j].charAt(depth) == c) {
                    j++;
                }
                rankLongRanges(i, j, depth + 1);
                i = j;
            }
        }

        private List<Suggester.Entry> rank(int from, int to) {
            PriorityQueue<Suggester.Entry> best = new PriorityQueue<>(BEST.reversed());
            for (int i = from; i < to; i++) {
                best.add(entries[i]);
                if (best.size() > TOP + 1) {
                    best.poll();
                }
            }
            List<Suggester.Entry> out = new ArrayList<>(best);
            out.sort(BEST);
            return out;
        }

        /** The first key not less than the prefix. */
        private int lowerBound(String prefix) {
            int lo = 0;
            int hi = keys.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid].compareTo(prefix) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The first key from {@code from} on that does not start with the prefix. */
        private int upperBound(String prefix, int from) {
            int lo = from;
            int hi = keys.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid].startsWith(prefix)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
