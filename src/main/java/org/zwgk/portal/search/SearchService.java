package org.zwgk.portal.search;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.catalog.CatalogLabels;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs searches against the index; results come from stored fields, so a search never touches the
 * database. The Lucene work is {@link SearchExecution}'s; this adds the result cache, facet labels
 * and "did you mean".
 */
@ApplicationScoped
public class SearchService {

    private static final long LABELS_MAX_AGE_MS = 60_000;

    private final SearchIndex index;
    private final SearchExecution execution;
    private final Suggester suggester;
    private final CatalogNames catalog;
    private final Messages messages;
    private final ResultCache cache;
    private final SearchGate gate;
    private volatile Map<String, Map<String, String>> labels;
    private volatile long labelsLoadedAt;

    SearchService(SearchIndex index, SearchVocabulary vocabulary, Suggester suggester, CatalogNames catalog,
                  Messages messages, SearchGate gate, SearchConfig config) {
        this.cache = new ResultCache(config.resultCacheSize());
        this.gate = gate;
        this.index = index;
        Analyzer analyzer = index.chain().analyzer();
        this.analyzer = analyzer;
        this.execution = new SearchExecution(new QueryPlanner(index.chain(), analyzer, vocabulary, QueryPlanner.Tuning.DEFAULT),
                analyzer, SearchFields.HEAD + index.indexer().primarySuffix());
        this.vocabulary = vocabulary;
        this.suggester = suggester;
        this.catalog = catalog;
        this.messages = messages;
    }

    private final SearchVocabulary vocabulary;

    /**
     * The words of a query that no published text contains, nor any synonym of them (低保 in 低保怎么申请,
     * when nothing about 低保 is published): the results then rest on the other words or on a synonym's
     * fragments, and the page says so instead of passing them off as answers. A run typed without spaces
     * (低保申请条件) is looked into for the words of the synonym lists; a 文号 is not a word (its 法释 is
     * in no text, only in the number). At most {@link #WORDS_CHECKED} words.
     */
    private List<String> absentWords(IndexSearcher searcher, String query) {
        if (!index.chain().suffixes.contains(SearchFields.BIGRAMS)) {
            return List.of();
        }
        List<String> absent = new java.util.ArrayList<>();
        // a 文号 no document bears (browser walk: 昆政发〔2018〕1号 listed the 152号's interpretation as if found)
        String typed = SearchRequest.clean(query);
        java.util.regex.Matcher number = QueryPlanner.DOCUMENT_NUMBER.matcher(typed);
        while (number.find()) {
            if (!numbered(searcher, number.group())) {
                absent.add(number.group().strip());
            }
        }
        String cleaned = number.reset().replaceAll(" ").strip();
        String[] words = cleaned.isEmpty() ? new String[0] : vocabulary.withoutQuestionWords(cleaned).split("\\s+");
        for (int i = 0; i < Math.min(words.length, WORDS_CHECKED); i++) {
            String w = words[i];
            if (w.length() < 2 || !w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    || found(searcher, w)) {
                continue;
            }
            String simplified = TraditionalToSimplified.apply(w);
            List<String> inside = vocabulary.knownWordsIn(simplified).stream().filter(k -> !k.equals(simplified) && !found(searcher, k)).toList();
            absent.addAll(inside);
            if (w.length() > ONE_WORD) {
                // a longer run misses pairs across its words (邻居建房挡住), not necessarily a word: its words
                // as segmented are looked up one by one (政务公开个人所得税: 个人所得税, when 政务公开 is found)
                List<String> pieces = segmented(simplified);
                int at = 0;
                List<String> missing = new java.util.ArrayList<>();
                for (String s : pieces) {
                    int start = simplified.indexOf(s, at);
                    at = start < 0 ? at : start + s.length();
                    if (s.length() >= 2 && absent.stream().noneMatch(a -> a.contains(s) || s.contains(a)) && !found(searcher, s)
                            && !halfOfAFoundPair(searcher, simplified, start, s.length())) {
                        missing.add(s);
                    }
                }
                missing.stream().limit(WORDS_NAMED_PER_RUN).forEach(absent::add);
            } else if (inside.isEmpty() && vocabulary.knownWordsIn(simplified).stream().allMatch(k -> k.equals(simplified))) {
                // no known word inside a run short enough to be one word: the run is what nothing holds (犀牛保护)
                absent.add(w);
            }
        }
        return absent;
    }

    /**
     * A pair the segmenter cut across two words (退押 of 房东不退押金): one of its characters makes a found pair
     * with its neighbour outside it (押金). Not a word anyone typed, it is not named (browser walk).
     */
    private boolean halfOfAFoundPair(IndexSearcher searcher, String run, int start, int length) {
        if (start < 0 || length != 2) {
            return false;
        }
        return start > 0 && found(searcher, run.substring(start - 1, start + 1))
                || start + 3 <= run.length() && found(searcher, run.substring(start + 1, start + 3));
    }

    /** At most this many missing words named from one run typed without spaces: a pasted question names a few. */
    static final int WORDS_NAMED_PER_RUN = 3;

    /** The run cut into words by the HMM segmenter (the suggestions' analysis), as typed (traditional too). */
    private List<String> segmented(String run) {
        return AnalysisChain.wordSpans(analyzer, run).stream().map(w -> run.substring(w[0], w[1])).toList();
    }

    /** The index's analyzer: its suggestion field is cut into words by the HMM segmenter. */
    private final Analyzer analyzer;


    /** The longest run of characters taken for one word when no known word is inside it. */
    static final int ONE_WORD = 4;

    /** The word, or one of its synonyms, in some title or body. */
    private boolean found(IndexSearcher searcher, String word) {
        // the synonym lists are written in simplified characters: 資訊公開 is 资讯公开's, a synonym of 信息公开
        String simplified = TraditionalToSimplified.apply(word);
        return present(searcher, simplified) || vocabulary.variants(simplified, 6).stream().anyMatch(v -> present(searcher, v));
    }

    static final int WORDS_CHECKED = 6;

    /**
     * Whether a document bears this 文号: one whose number is all of it after words typed before it
     * (查询昆政办发〔2018〕152号: the pattern takes up to twelve characters before the year), or one whose number
     * ends with all of it (国务院令第711号 is 中华人民共和国国务院令第711号's end), as the search finds it. A shared
     * end alone is not enough (review: 政办发〔2018〕1号 would have let 苏政办发 stand for 昆政办发).
     */
    private static boolean numbered(org.apache.lucene.search.IndexSearcher searcher, String typed) {
        for (String key : NumberKeys.typedKeys(typed)) {
            if (numbered(searcher.getIndexReader(), key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean numbered(org.apache.lucene.index.IndexReader reader, String key) {
        int year = key.length();
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                year = i;
                break;
            }
        }
        try {
            for (int from = 0; from + 2 <= year; from++) {
                if (reader.docFreq(new org.apache.lucene.index.Term(SearchFields.NUMBER_KEY, key.substring(from))) > 0) {
                    return true;
                }
            }
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, SearchFields.NUMBER_KEY_REVERSED);
            if (terms == null) {
                return false;
            }
            org.apache.lucene.index.TermsEnum ends = terms.iterator();
            org.apache.lucene.util.BytesRef end = new org.apache.lucene.util.BytesRef(new StringBuilder(key).reverse());
            return ends.seekCeil(end) != org.apache.lucene.index.TermsEnum.SeekStatus.END
                    && org.apache.lucene.util.StringHelper.startsWith(ends.term(), end);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether some title or body holds every character pair of the word (its bigram terms). */
    private static boolean present(org.apache.lucene.search.IndexSearcher searcher, String word) {
        String w = TraditionalToSimplified.apply(word).replaceAll("\\s+", "");
        try {
            for (int i = 0; i + 1 < w.length(); i++) {
                String pair = w.substring(i, i + 2);
                if (searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(SearchFields.BODY + SearchFields.BIGRAMS, pair)) == 0
                        && searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(SearchFields.TITLE + SearchFields.BIGRAMS, pair)) == 0) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public SearchResults search(SearchRequest request) {
        requireKnown(SearchFields.ORGANIZATION, request.organization(), messages::unknownOrganization);
        requireKnown(SearchFields.CHANNEL, request.channel(), messages::unknownChannel);
        requireKnown(SearchFields.TOPIC, request.topic(), messages::unknownTopic);
        SearchResults results = index.read(searcher ->
                cache.get(searcher.getIndexReader(), request, () -> compute(searcher, request)));
        if (request.browsing() || results.didYouMean() != null) {
            return results;
        }
        String better = suggester.didYouMean(request.query());
        return better == null ? results : results.withDidYouMean(better);
    }

    /**
     * A filter by a code nobody has: a mistake in the link, said as the catalogue says it, not an empty
     * result that looks like nothing was published. A code just created is looked up again first.
     */
    private void requireKnown(String dim, String code, java.util.function.Function<String, String> message) {
        if (code == null || labels(false).getOrDefault(dim, Map.of()).containsKey(code)) {
            return;
        }
        // read again once: a channel opened a minute ago is known to the catalogue already
        boolean reload = System.currentTimeMillis() - labelsLoadedAt > LABELS_RELOAD_MIN_MS;
        if (!labels(reload).getOrDefault(dim, Map.of()).containsKey(code)) {
            throw UserError.badInput(dim, m -> message.apply(code));
        }
    }

    /** Unknown codes reload the names at most this often: a flood of made-up codes is not a flood of queries. */
    private static final long LABELS_RELOAD_MIN_MS = 1_000;

    /** For the benchmark: measure with and without the cache. */
    void setCacheEnabled(boolean enabled) {
        cache.setEnabled(enabled);
    }

    /**
     * One search on one searcher: the cache entry it fills belongs to exactly this reader. It waits at
     * the gate holding the searcher, so it may answer from a reader up to the wait older; publishing
     * refreshes well inside the one second a change may take to be found.
     */
    private SearchResults compute(IndexSearcher searcher, SearchRequest request) {
        try {
            return gate.run(() -> labelled(searcher, request));
        } catch (SearchGate.Busy e) {
            throw UserError.unavailable(Messages::searchBusy);
        }
    }

    private SearchResults labelled(IndexSearcher searcher, SearchRequest request) {
        try {
            SearchResults raw = execution.run(searcher, index.facets(searcher), request);
            // computed with the results so the cache keeps them too: a few term lookups, but on every page
            List<String> absent = request.browsing() || raw.total() == 0 ? List.of() : absentWords(searcher, request.query());
            return new SearchResults(raw.total(), raw.totalExact(), raw.page(), raw.size(), raw.results(),
                    labelled(raw.facets()), null, absent, raw.wordsAsTyped());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<SearchResults.FacetValue>> labelled(Map<String, List<SearchResults.FacetValue>> byCode) {
        Map<String, Map<String, String>> names = labels(false);
        Map<String, List<SearchResults.FacetValue>> out = new LinkedHashMap<>();
        byCode.forEach((dim, values) -> out.put(dim, values.stream()
                .map(v -> new SearchResults.FacetValue(v.value(), label(names, dim, v.value()), v.count()))
                .toList()));
        return out;
    }

    private String label(Map<String, Map<String, String>> names, String dim, String value) {
        if (dim.equals(SearchFields.TYPE)) {
            try {
                return MessageBundles.get(CatalogLabels.class).docType(DocumentType.valueOf(value));
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        Map<String, String> byCode = names.get(dim);
        return byCode == null ? value : byCode.getOrDefault(value, value);
    }

    /** The catalogue's names by dimension and code, read again when older than their maximum age or when asked. */
    private Map<String, Map<String, String>> labels(boolean reload) {
        long now = System.currentTimeMillis();
        if (reload || labels == null || now - labelsLoadedAt > LABELS_MAX_AGE_MS) {
            labels = catalog.labels();
            labelsLoadedAt = now;
        }
        return labels;
    }
}
