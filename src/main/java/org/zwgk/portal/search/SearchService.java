package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
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
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.zwgk.portal.catalog.CatalogTrees;
import org.zwgk.portal.publishing.DocumentType;
import org.zwgk.portal.site.Messages;

import java.io.IOException;
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
    /** Matches counted exactly; beyond this the total and facet counts are estimates. */
    static final int FACET_SAMPLE = 20_000;
    private static final int SNIPPET_LENGTH = 90;
    private static final Sort BY_DATE = new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(SearchFields.ID, SearchFields.STORED_TITLE,
            SearchFields.URL, SearchFields.TYPE, SearchFields.ORGANIZATION_NAME, SearchFields.PUBLISHED,
            SearchFields.EXTERNAL_ID, SearchFields.DOC_NUMBER, SearchFields.INDEX_NUMBER, SearchFields.SUMMARY,
            SearchFields.EXCERPT);
    private static final long LABELS_MAX_AGE_MS = 60_000;

    private final SearchIndex index;
    private final QueryPlanner planner;
    private final Analyzer analyzer;
    private final Suggester suggester;
    private final CatalogTrees catalog;
    private final Messages messages;
    private volatile Map<String, Map<String, String>> labels;
    private volatile long labelsLoadedAt;

    private final ResultCache cache;

    SearchService(SearchIndex index, SearchVocabulary vocabulary, Suggester suggester, CatalogTrees catalog,
                  Messages messages, org.zwgk.portal.PortalConfig config) {
        this.cache = new ResultCache(config.search().resultCacheSize());
        this.index = index;
        this.analyzer = index.chain().analyzer();
        this.planner = new QueryPlanner(index.chain(), analyzer, vocabulary, QueryPlanner.Tuning.DEFAULT);
        this.suggester = suggester;
        this.catalog = catalog;
        this.messages = messages;
    }

    public SearchResults search(SearchRequest request) {
        SearchResults results = index.read(searcher ->
                cache.get(searcher.getIndexReader(), request, () -> compute(searcher, request)));
        if (request.browsing() || results.didYouMean() != null) {
            return results;
        }
        String better = suggester.didYouMean(request.query());
        return better == null ? results : new SearchResults(results.total(), results.totalExact(), results.page(),
                results.size(), results.results(), results.facets(), better);
    }

    /** For the benchmark: measure with and without the cache. */
    void setCacheEnabled(boolean enabled) {
        cache.setEnabled(enabled);
    }

    /** One search on one searcher: the cache entry it fills belongs to exactly this reader. */
    private SearchResults compute(IndexSearcher searcher, SearchRequest request) {
        try {
            Query query = planner.query(request);
            int wanted = request.page() * request.size();
            // Two passes: the page of hits with a collector that may skip documents that cannot make
            // the top (block-max WAND), then one unscored pass over the matches for facets and the total.
            TopDocs top = request.order() == SearchRequest.Order.DATE
                    ? searcher.search(query, wanted, BY_DATE)
                    : searcher.search(query, wanted);
            BoundedFacetsCollector matches = new BoundedFacetsCollector(FACET_SAMPLE);
            searcher.search(planner.matchQuery(request), matches.manager());
            double scale = matches.scale(searcher.getIndexReader().maxDoc());
            long total = Math.max(top.scoreDocs.length, Math.round(matches.seen() * scale));
            ScoreDoc[] page = top.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, request.offset(), Math.min(top.scoreDocs.length, wanted));
            String[] snippets = snippets(searcher, query, request, page);
            List<SearchResults.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(stored.document(page[i].doc, HIT_FIELDS), snippets[i]));
            }
            return new SearchResults(total, matches.exact(), request.page(), request.size(), hits,
                    facets(searcher, matches, scale), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String[] snippets(IndexSearcher searcher, Query query, SearchRequest request, ScoreDoc[] page) throws IOException {
        if (request.browsing() || page.length == 0) {
            return new String[page.length];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                // sentences end at 。; the length goal trims them around the match. Cheap, unlike a
                // character BreakIterator; snippets come from the stored head of the body only.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('。'), SNIPPET_LENGTH, 0.5f))
                .withMaxLength(DocumentIndexer.HEAD_LENGTH)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0)
                .build();
        TopDocs slice = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        String head = SearchFields.HEAD + index.indexer().primarySuffix();
        return highlighter.highlight(head, planner.highlightQuery(request.query(), head), slice, 1);
    }

    private SearchResults.Hit hit(Document d, String snippet) {
        String text = snippet == null ? null : DocumentIndexer.plain(snippet, SNIPPET_LENGTH * 3);
        if (text == null || text.isBlank()) {
            String summary = d.get(SearchFields.SUMMARY);
            text = escape(summary != null ? summary : d.get(SearchFields.EXCERPT) == null ? "" : d.get(SearchFields.EXCERPT));
        }
        String published = d.get(SearchFields.PUBLISHED);
        return new SearchResults.Hit(Long.parseLong(d.get(SearchFields.ID)), d.get(SearchFields.STORED_TITLE),
                d.get(SearchFields.URL), text, DocumentType.valueOf(d.get(SearchFields.TYPE)), d.get(SearchFields.ORGANIZATION_NAME),
                published == null || published.equals("0") ? null : Instant.ofEpochMilli(Long.parseLong(published)),
                d.get(SearchFields.EXTERNAL_ID), d.get(SearchFields.DOC_NUMBER), d.get(SearchFields.INDEX_NUMBER));
    }

    private Map<String, List<SearchResults.FacetValue>> facets(IndexSearcher searcher, FacetsCollector matches,
                                                               double scale) throws IOException {
        Map<String, List<SearchResults.FacetValue>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = index.facets(searcher);
        if (state == null) {
            FACET_DIMS.forEach(dim -> out.put(dim, List.of()));
            return out;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, matches);
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
                    values.add(new SearchResults.FacetValue(lv.label, label(names, dim, lv.label),
                            Math.round(lv.value.longValue() * scale)));
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

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
