package org.zwgk.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of documents whose title holds what was typed: 民法 → 民法典, 医疗 → 医疗保障基金使用监督管理条例,
 * 社保 → 社会保险法 (by its synonym). The word dictionary cannot offer these: its entries are the titles cut into
 * words, and the segmenter cuts 民法典 into 民法 and 典, so 民法 started no longer entry (browser walk). A short
 * ranking of the titles (a term or phrase of the title field) finds them; a name is the title as {@link TitleNames}
 * reads it (no 中华人民共和国, no edition, no article span), and only short ones are offered: a law's or a
 * regulation's name, not a notice's sentence-long title.
 */
final class TitleSuggestions {

    /** How many of the title ranking's first entries are read for names. */
    static final int LOOKED_AT = 40;
    /** Longer names are titles of notices and reports, too long for a suggestion list. */
    static final int MAX_NAME = 20;

    private final Analyzer analyzer;
    private final String titleField;
    private final SearchVocabulary vocabulary;

    TitleSuggestions(Analyzer analyzer, String titleField, SearchVocabulary vocabulary) {
        this.analyzer = analyzer;
        this.titleField = titleField;
        this.vocabulary = vocabulary;
    }

    /**
     * Whether the name holds the form where one of its words starts (道路交通 in 上海市道路交通管理条例), not
     * across two words (民法 in 人民法院: 人民 法院), which a reader does not see as the word typed.
     */
    private boolean atWord(String name, String form) {
        for (int at = name.indexOf(form); at >= 0; at = name.indexOf(form, at + 1)) {
            if (at == 0 || wordStarts(name).contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** Where the segmenter (the suggestion field's analysis) starts each word of the text. */
    private Set<Integer> wordStarts(String text) {
        Set<Integer> starts = new java.util.HashSet<>();
        AnalysisChain.wordSpans(analyzer, text).forEach(w -> starts.add(w[0]));
        return starts;
    }

    /** Whether the typed text is one a title could hold as typed: two or more Chinese characters. */
    static boolean applies(String typed) {
        return typed.length() >= 2 && typed.length() <= MAX_NAME
                && typed.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * Up to {@code limit} names holding the typed text or one of its synonyms, other than the text itself:
     * those starting with it first, then the shorter, then in the ranking's order.
     */
    List<String> names(IndexSearcher searcher, String typed, int limit) throws IOException {
        List<String> forms = new ArrayList<>();
        forms.add(typed);
        forms.addAll(vocabulary.variants(typed, 3));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        QueryBuilder phrases = new QueryBuilder(analyzer);
        int clauses = 0;
        for (String form : forms) {
            Query q = phrases.createPhraseQuery(titleField, form);
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return List.of();
        }
        any.add(SearchIndex.DOCUMENTS, BooleanClause.Occur.FILTER);
        ScoreDoc[] top = searcher.search(any.build(), LOOKED_AT).scoreDocs;
        Set<String> names = new LinkedHashSet<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top) {
            String title = stored.document(hit.doc, Set.of(SearchFields.STORED_TITLE)).get(SearchFields.STORED_TITLE);
            String name = TitleNames.name(DocumentIndexer.searchedTitle(title));
            if (!name.isEmpty() && name.length() <= MAX_NAME && !name.equals(typed) && forms.stream().anyMatch(f -> atWord(name, f))) {
                names.add(name);
            }
        }
        return names.stream()
                .sorted(Comparator.comparing((String n) -> forms.stream().noneMatch(n::startsWith)).thenComparingInt(String::length))
                .limit(limit).toList();
    }
}
