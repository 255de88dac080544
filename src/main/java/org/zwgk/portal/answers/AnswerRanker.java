package org.zwgk.portal.answers;

import org.zwgk.portal.search.SynonymRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the 一号答 pairs for a citizen's question, as typed: both are cut into characters and
 * character pairs (Chinese needs no word list for this), each weighted by how rare it is among the
 * pairs (IDF), matched against the question (three times) and the answer, each field scored as BM25
 * does (saturating, relative to the field's length), with synonym groups at half weight.
 * Small and in memory: the knowledge base is tens to a few thousand pairs, and the answer must come
 * while the citizen types. Its accuracy on a judged set is measured by AnswerEvaluationTest
 * (docs/search.md).
 */
public final class AnswerRanker {

    /** One pair as ranked. */
    public record Entry(long id, String key, String question, String answer, String organization, String source, String url) {
    }

    public record Scored(Entry entry, double score) {
    }

    /** Characters that say nothing about what is asked. */
    private static final String FILLER = "的了吗呢吧啊呀么是我你他她它们在和与及或就都也要会能可以怎么样什么哪些里儿个这那有没不请问想";

    private final List<Entry> entries;
    private final List<Map<String, Integer>> questionTerms = new ArrayList<>();
    private final List<Map<String, Integer>> answerTerms = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double averageQuestion;
    private final double averageAnswer;
    private final List<SynonymRule> synonyms;

    public AnswerRanker(List<Entry> entries) {
        this(entries, List.of());
    }

    /**
     * {@code synonyms}: words that mean the same to a citizen (交钱, 收费); a question with one of a
     * rule's words also matches the words it stands for, at half weight.
     */
    public AnswerRanker(List<Entry> entries, List<SynonymRule> synonyms) {
        this.entries = List.copyOf(entries);
        this.synonyms = List.copyOf(synonyms);
        Map<String, Integer> df = new HashMap<>();
        long totalQuestion = 0, totalAnswer = 0;
        for (Entry e : this.entries) {
            Map<String, Integer> q = terms(e.question());
            Map<String, Integer> a = terms(e.answer());
            questionTerms.add(q);
            answerTerms.add(a);
            totalQuestion += length(q);
            totalAnswer += length(a);
            Set<String> seen = new HashSet<>(q.keySet());
            seen.addAll(a.keySet());
            seen.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = Math.max(1, this.entries.size());
        df.forEach((t, d) -> idf.put(t, Math.log(1 + (n - d + 0.5) / (d + 0.5))));
        this.averageQuestion = this.entries.isEmpty() ? 1 : Math.max(1, (double) totalQuestion / n);
        this.averageAnswer = this.entries.isEmpty() ? 1 : Math.max(1, (double) totalAnswer / n);
    }

    public int size() {
        return entries.size();
    }

    /**
     * The best {@code max} pairs for this question, best first, among those that share a pair of characters
     * or a word with it; nothing for a question with nothing to match.
     */
    public List<Scored> rank(String query, int max) {
        String text = query == null ? "" : query;
        Map<String, Double> q = new HashMap<>();
        terms(text).keySet().forEach(t -> q.put(t, 1.0));
        List<String> synonymWords = new ArrayList<>();
        for (SynonymRule rule : synonyms) {
            if (rule.appliesTo(text)) {
                for (String other : rule.to()) {
                    synonymWords.add(other);
                    terms(other).keySet().forEach(t -> q.putIfAbsent(t, 0.5));
                }
            }
        }
        if (q.isEmpty() || max <= 0) {
            return List.of();
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Integer> qt = questionTerms.get(i);
            Map<String, Integer> at = answerTerms.get(i);
            double lq = length(qt) / averageQuestion;
            double la = length(at) / averageAnswer;
            double score = 0;
            boolean shared = false;
            for (Map.Entry<String, Double> t : q.entrySet()) {
                double w = idf.getOrDefault(t.getKey(), 0.0);
                if (w == 0) {
                    continue;
                }
                // a pair of characters or a word in common, not only single characters (住, 建): browser walk, a
                // complaint about 采光 was offered answers about what governments publish
                // a synonym's pair alone is not (社保 stands for 社会保险, whose 社会 is in 社会发展: browser walk, 公司不交社保
                // was offered 哪些政府信息应当主动公开); the synonym as a whole is, below
                shared |= t.getValue() == 1.0 && t.getKey().length() >= 2 && (qt.containsKey(t.getKey()) || at.containsKey(t.getKey()));
                // pairs of characters say more than single ones; the question counts three times the answer
                double weight = w * t.getValue() * (t.getKey().length() == 2 ? 2 : 1);
                score += weight * (3 * saturated(qt.getOrDefault(t.getKey(), 0), lq) + saturated(at.getOrDefault(t.getKey(), 0), la));
            }
            if (!shared) {
                Entry e = entries.get(i);
                shared = synonymWords.stream().anyMatch(w -> e.question().contains(w) || e.answer().contains(w));
            }
            if (score > 0 && shared) {
                scored.add(new Scored(entries.get(i), score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.entry().id()));
        return scored.subList(0, Math.min(max, scored.size()));
    }

    /** BM25's term frequency: saturating, relative to the field's length (k1 1.2, b 0.75). */
    private static double saturated(int tf, double relativeLength) {
        return tf == 0 ? 0 : tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * relativeLength));
    }

    private static int length(Map<String, Integer> terms) {
        return terms.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Single CJK characters (not filler) and adjacent pairs, Latin words and numbers, with counts. */
    static Map<String, Integer> terms(String text) {
        Map<String, Integer> out = new HashMap<>();
        String t = text.toLowerCase(java.util.Locale.ROOT);
        int prev = -1;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flush(word, out);
                if (FILLER.indexOf(c) < 0) {
                    out.merge(new String(Character.toChars(c)), 1, Integer::sum);
                }
                if (prev >= 0) {
                    String pair = new String(Character.toChars(prev)) + new String(Character.toChars(c));
                    if (FILLER.indexOf(prev) < 0 || FILLER.indexOf(c) < 0) {
                        out.merge(pair, 1, Integer::sum);
                    }
                }
                prev = c;
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
                prev = -1;
            } else {
                flush(word, out);
                prev = -1;
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, Map<String, Integer> out) {
        if (word.length() > 0) {
            out.merge("w:" + word, 1, Integer::sum);
            word.setLength(0);
        }
    }
}
