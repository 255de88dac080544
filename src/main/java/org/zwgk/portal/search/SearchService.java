package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.zwgk.portal.catalog.CatalogTrees;
import org.zwgk.portal.publishing.DocumentType;
import org.zwgk.portal.site.Messages;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs searches against the index; results come from stored fields, so a search never touches the database. */
@ApplicationScoped
public class SearchService {

    static final List<String> FACET_DIMS = List.of(SearchFields.ORGANIZATION, SearchFields.CHANNEL, SearchFields.TYPE,
            SearchFields.TOPIC, SearchFields.YEAR);
    private static final int FACET_VALUES = 30;
    private static final int SNIPPET_LENGTH = 90;
    private static final long LABELS_MAX_AGE_MS = 60_000;

    private final SearchIndex index;
    private final QueryPlanner planner;
    private final Analyzer analyzer;
    private final Suggester suggester;
    private final CatalogTrees catalog;
    private final Messages messages;
    private volatile Map<String, Map<String, String>> labels;
    private volatile long labelsLoadedAt;

    SearchService(SearchIndex index, SearchVocabulary vocabulary, Suggester suggester, CatalogTrees catalog,
                  Messages messages) {
        this.index = index;
        this.analyzer = index.chain().analyzer();
        this.planner = new QueryPlanner(index.chain(), analyzer, vocabulary, QueryPlanner.Tuning.DEFAULT);
        this.suggester = suggester;
        this.catalog = catalog;
        this.messages = messages;
    }

    public SearchResults search(SearchRequest request) {
        Query query = planner.query(request);
        int wanted = request.page() * request.size();
        SearchResults results = index.read(searcher -> {
            FacetsCollectorManager.FacetsResult found = request.order() == SearchRequest.Order.DATE
                    ? FacetsCollectorManager.search(searcher, query, wanted,
                    new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE),
                    new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            ScoreDoc[] page = top.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, request.offset(), Math.min(top.scoreDocs.length, wanted));
            String[] snippets = snippets(searcher, query, request, page);
            List<SearchResults.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(stored.document(page[i].doc), snippets[i]));
            }
            Map<String, List<SearchResults.FacetValue>> facets = facets(searcher, found);
            return new SearchResults(top.totalHits.value, request.page(), request.size(), hits, facets, null);
        });
        if (!request.browsing() && results.total() < 3) {
            String better = suggester.didYouMean(request.query());
            if (better != null) {
                return new SearchResults(results.total(), results.page(), results.size(), results.results(),
                        results.facets(), better);
            }
        }
        return results;
    }

    private String[] snippets(IndexSearcher searcher, Query query, SearchRequest request, ScoreDoc[] page) throws IOException {
        if (request.browsing() || page.length == 0) {
            return new String[page.length];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getCharacterInstance(Locale.SIMPLIFIED_CHINESE), SNIPPET_LENGTH, 0.5f))
                .withMaxLength(200_000)
                .withMaxNoHighlightPassages(0)
                .build();
        TopDocs slice = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return highlighter.highlight(SearchFields.BODY + index.indexer().primarySuffix(), query, slice, 1);
    }

    private SearchResults.Hit hit(Document d, String snippet) {
        String text = snippet == null ? null : plain(snippet);
        if (text == null || text.isBlank()) {
            String summary = d.get(SearchFields.SUMMARY);
            String body = d.get(SearchFields.BODY + index.indexer().primarySuffix());
            text = escape(plain(summary != null ? summary : body == null ? "" : body));
        }
        String published = d.get(SearchFields.PUBLISHED);
        return new SearchResults.Hit(Long.parseLong(d.get(SearchFields.ID)), d.get(SearchFields.STORED_TITLE),
                d.get(SearchFields.URL), text, DocumentType.valueOf(d.get(SearchFields.TYPE)), d.get(SearchFields.ORGANIZATION_NAME),
                published == null || published.equals("0") ? null : Instant.ofEpochMilli(Long.parseLong(published)),
                d.get(SearchFields.EXTERNAL_ID), d.get(SearchFields.DOC_NUMBER), d.get(SearchFields.INDEX_NUMBER));
    }

    private Map<String, List<SearchResults.FacetValue>> facets(IndexSearcher searcher,
                                                               FacetsCollectorManager.FacetsResult found) throws IOException {
        Map<String, List<SearchResults.FacetValue>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = index.facets(searcher);
        if (state == null) {
            FACET_DIMS.forEach(dim -> out.put(dim, List.of()));
            return out;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, found.facetsCollector());
        Map<String, Map<String, String>> names = labels();
        for (String dim : FACET_DIMS) {
            List<SearchResults.FacetValue> values = new ArrayList<>();
            FacetResult result;
            try {
                result = facets.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException noSuchDim) {
                result = null;
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new SearchResults.FacetValue(lv.label, label(names, dim, lv.label), lv.value.longValue()));
                }
            }
            if (dim.equals(SearchFields.YEAR)) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(dim, values);
        }
        return out;
    }

    private String label(Map<String, Map<String, String>> names, String dim, String value) {
        if (dim.equals(SearchFields.TYPE)) {
            try {
                return messages.docType(DocumentType.valueOf(value));
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        Map<String, String> byCode = names.get(dim);
        return byCode == null ? value : byCode.getOrDefault(value, value);
    }

    private Map<String, Map<String, String>> labels() {
        long now = System.currentTimeMillis();
        if (labels == null || now - labelsLoadedAt > LABELS_MAX_AGE_MS) {
            labels = catalog.labels();
            labelsLoadedAt = now;
        }
        return labels;
    }

    /** Markdown marks out, spacing folded; safe on highlighted passages, whose tags contain none of these. */
    private static String plain(String markdown) {
        String text = markdown.replaceAll("(?m)^\\s*(#+|[-*]|\\d+\\.)\\s+", "").replaceAll("[#*_`|]+|-{3,}", " ")
                .replaceAll("\\s+", " ").strip();
        return text.length() > SNIPPET_LENGTH * 2 ? text.substring(0, SNIPPET_LENGTH * 2) + "…" : text;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
