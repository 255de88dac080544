package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.zwgk.portal.common.PortalConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Language data for queries, kept in the content repository so editors can tune it:
 * {@code search/synonyms.txt} (groups of equivalent terms) and {@code search/question-words.txt}
 * (words of a plain-language question that carry no meaning for matching) and
 * {@code search/genre-prior.txt} (how much each 体裁分类 weighs in the ranking).
 */
@ApplicationScoped
public class SearchVocabulary {

    private static final Logger LOG = Logger.getLogger(SearchVocabulary.class);

    private final List<SynonymRule> synonyms;
    private final List<String> questionWords;
    private final java.util.Map<String, Float> genrePrior;

    @jakarta.inject.Inject
    SearchVocabulary(PortalConfig config) {
        this(config.contentDir().resolve("search"));
    }

    public SearchVocabulary(Path dir) {
        List<SynonymRule> rules = new ArrayList<>(SynonymRule.read(dir.resolve("synonyms.txt")));
        rules.addAll(SynonymRule.read(dir.resolve("citizen-words.txt")));
        this.synonyms = List.copyOf(rules);
        List<String> words = new ArrayList<>(lines(dir.resolve("question-words.txt")));
        words.sort(Comparator.comparingInt(String::length).reversed());
        this.questionWords = List.copyOf(words);
        java.util.Map<String, Float> prior = new java.util.HashMap<>();
        for (String l : lines(dir.resolve("genre-prior.txt"))) {
            String[] parts = l.split("\\s+");
            try {
                if (parts.length == 2 && Float.parseFloat(parts[1]) > 0) {
                    prior.put(parts[0], Float.parseFloat(parts[1]));
                }
            } catch (NumberFormatException e) {
                LOG.warnf("genre-prior.txt: not a weight: %s", l);
            }
        }
        this.genrePrior = java.util.Map.copyOf(prior);
    }

    /** The ranking weight of a genre (search/genre-prior.txt), 1 for any other. */
    public float genrePrior(String genreCode) {
        return genreCode == null ? 1f : genrePrior.getOrDefault(genreCode, 1f);
    }

    boolean hasGenrePrior() {
        return !genrePrior.isEmpty();
    }

    static SearchVocabulary empty() {
        return new SearchVocabulary(Path.of("/nonexistent"));
    }

    /** A content file's lines, stripped, without blank lines and {@code #} comments; none when it cannot be read. */
    static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            LOG.warnf("cannot read %s: %s", file, e.getMessage());
            return List.of();
        }
    }

    /** The query without question words; the query itself if nothing would be left. */
    public String withoutQuestionWords(String query) {
        String out = query;
        for (String w : questionWords) {
            out = out.replace(w, " ");
        }
        out = out.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
        return out.isEmpty() ? query : out;
    }

    /**
     * The words of the synonym lists that a run of characters contains (低保 in 低保申请条件), a word
     * inside a longer one left out: how a query typed without spaces is taken apart into words.
     */
    public List<String> knownWordsIn(String run) {
        List<String> found = new ArrayList<>();
        for (SynonymRule rule : synonyms) {
            for (List<String> side : List.of(rule.from(), rule.to())) {
                for (String member : side) {
                    if (member.length() >= 2 && run.contains(member) && !found.contains(member)) {
                        found.add(member);
                    }
                }
            }
        }
        return found.stream().filter(w -> found.stream().noneMatch(o -> o.length() > w.length() && o.contains(w))).toList();
    }

    /**
     * The query with each synonym of a term it contains put in that term's place. Where two members of
     * a group match, one inside the other (信息公开 in 政府信息公开), only the longer is replaced there, as a
     * synonym filter takes the longest match; the shorter is still replaced where it stands on its own
     * (信息公开和政府信息公开: the first 信息公开 only). Replacing the shorter made 政府政务公开 and 政府政府资讯公开,
     * words nobody writes, each a variant with its own clauses to rank (a third of the clauses of
     * 政府信息公开行政诉讼, the slowest of the benchmark's queries).
     */
    public List<String> variants(String query, int max) {
        Set<String> out = new LinkedHashSet<>();
        for (SynonymRule rule : synonyms) {
            // the plain test first: it is all most members ever need, and every search asks several times
            List<String> matched = null;
            for (String m : rule.from()) {
                if (query.contains(m) && SynonymRule.where(m).matcher(query).find()) {
                    matched = matched == null ? new ArrayList<>(2) : matched;
                    matched.add(m);
                }
            }
            if (matched == null) {
                continue;
            }
            for (String member : matched) {
                List<int[]> own = standalone(query, member, matched);
                if (own.isEmpty()) {
                    continue;
                }
                for (String other : rule.to()) {
                    if (!other.equals(member) && !query.contains(other) && out.size() < max) {
                        out.add(replaced(query, own, other));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Where the member stands in the query on its own: not inside an occurrence of a longer matched
     * member (信息公开 and 政府信息公开 in 信息公开和政府信息公开: the first only).
     */
    private static List<int[]> standalone(String query, String member, List<String> matched) {
        List<int[]> spans = new ArrayList<>(1);
        java.util.regex.Matcher m = SynonymRule.where(member).matcher(query);
        while (m.find()) {
            if (!insideLonger(query, m.start(), m.end(), member, matched)) {
                spans.add(new int[]{m.start(), m.end()});
            }
        }
        return spans;
    }

    private static boolean insideLonger(String query, int start, int end, String member, List<String> matched) {
        for (String other : matched) {
            if (other.length() > member.length() && other.contains(member)) {
                java.util.regex.Matcher m = SynonymRule.where(other).matcher(query);
                while (m.find()) {
                    if (m.start() <= start && end <= m.end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The query with the given spans (in order, apart) replaced by the synonym. */
    private static String replaced(String query, List<int[]> spans, String synonym) {
        StringBuilder b = new StringBuilder(query.length() + spans.size() * synonym.length());
        int at = 0;
        for (int[] span : spans) {
            b.append(query, at, span[0]).append(synonym);
            at = span[1];
        }
        return b.append(query, at, query.length()).toString();
    }
}
