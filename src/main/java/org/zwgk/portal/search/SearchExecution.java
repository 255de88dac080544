package org.zwgk.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.Articles;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search on one searcher, straight against Lucene: the page of hits, their snippets, the total
 * and the facet counts by code. No CDI and no database, so the profiling harness runs exactly what the
 * portal runs. Labels for the facet codes are the caller's business.
 */
final class SearchExecution {

    static final List<String> FACET_DIMS = List.of(SearchFields.ORGANIZATION, SearchFields.CHANNEL, SearchFields.TYPE,
            SearchFields.TOPIC, SearchFields.YEAR);
    private static final int FACET_VALUES = 30;
    /**
     * Matches counted exactly; beyond this the total and facet counts are estimates. 1,000 rather than
     * 2,000: a broad search at a million documents costs a twentieth less, and it is the smallest sample
     * with which neither evaluation set changed (at 500 the judged set lost a query; docs/search.md).
     */
    static final int FACET_SAMPLE = 1_000;
    private static final int SNIPPET_LENGTH = 90;
    /**
     * Newest first, nothing else: without a score tie-break no score is computed, and with points on
     * the field Lucene skips whatever cannot make the page (a broad query sorted by date at a million
     * documents went from 300 ms to a few).
     */
    private static final Sort BY_DATE = new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));
    private static final Set<String> HIT_FIELDS = Set.of(SearchFields.ID, SearchFields.STORED_TITLE,
            SearchFields.URL, SearchFields.TYPE, SearchFields.ORGANIZATION_NAME, SearchFields.PUBLISHED,
            SearchFields.EXTERNAL_ID, SearchFields.DOC_NUMBER, SearchFields.INDEX_NUMBER, SearchFields.SUMMARY,
            SearchFields.EXCERPT, SearchFields.VALIDITY);

    private static final SnippetScorer SCORER = new SnippetScorer();

    private final int facetSample;
    private final QueryPlanner planner;
    private final Analyzer analyzer;
    private final String headField;
    /** The analysis suffix of the head field, and the article field of the same analysis. */
    private final String suffix;
    private final String articleField;
    /** What a page reads of a document's entry (the hit, and its head for the snippet) and of an article's. */
    private final Set<String> documentFields;
    private final Set<String> articleFields;

    SearchExecution(QueryPlanner planner, Analyzer analyzer, String headField) {
        this(planner, analyzer, headField, FACET_SAMPLE);
    }

    SearchExecution(QueryPlanner planner, Analyzer analyzer, String headField, int facetSample) {
        this.facetSample = facetSample;
        this.planner = planner;
        this.analyzer = analyzer;
        this.headField = headField;
        this.suffix = headField.substring(SearchFields.HEAD.length());
        this.articleField = SearchFields.ARTICLE + suffix;
        this.documentFields = new HashSet<>(HIT_FIELDS);
        documentFields.add(headField);
        this.articleFields = Set.of(articleField, SearchFields.ARTICLE_NUMBER);
    }

    /**
     * Told as each phase of a search ends, so the profiling harness (SearchProfile) times the portal's own
     * path rather than a copy of it that drifts; the portal passes {@link #NONE}.
     */
    interface Phases {
        Phases NONE = phase -> { };

        void ended(String phase);
    }

    /** The results with facet values labelled by their codes. */
    SearchResults run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, SearchRequest asked)
            throws IOException {
        return run(searcher, facetState, asked, Phases.NONE);
    }

    SearchResults run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, SearchRequest asked,
                      Phases phases) throws IOException {
        // 政府信息公开条例第十条: the law is found by its name, the article then pointed at
        ArticleReference reference = ArticleReference.in(SearchRequest.clean(asked.query()));
        SearchRequest request = reference == null ? asked : asked.withQuery(reference.rest());
        int wanted = request.page() * request.size();
        // Count first: the matches for facets and the total, all of them or a sample of them (MatchSample).
        SharedTermStates terms = new SharedTermStates(searcher);
        Query narrowing = planner.narrowing(request);
        Query matching = terms.apply(planner.matchQuery(request, narrowing));
        MatchSample matches = MatchSample.of(searcher, matching, facetSample);
        if (narrowing != null && matches.seen() == 0) {
            // nothing holds the number or the words as typed (昆政办〔2018〕152号, 发 left out): found by their parts
            narrowing = null;
            matching = terms.apply(planner.matchQuery(request, null));
            matches = MatchSample.of(searcher, matching, facetSample);
        }
        phases.ended("count");
        // a question no text holds as a whole, sorted by date: the laws whose articles answer it, as ranked by
        // relevance, newest first (browser walk: 公司不交社保去哪投诉 by date was 没有找到 where relevance listed 39)
        boolean answeredByArticles = request.order() == SearchRequest.Order.DATE && matches.seen() == 0
                && narrowing == null && !request.browsing();
        SearchRequest ranking = answeredByArticles ? request.withOrder(SearchRequest.Order.RELEVANCE) : request;
        Query pageQuery = terms.apply(pageQuery(ranking, matching, matches, narrowing));
        // a 文号's articles are no answer: its documents are
        Query articles = ranking.order() == SearchRequest.Order.DATE || narrowing != null ? null
                : planner.articleQuery(ranking, suffix);
        // how deep the document and title rankings go for the fusion, at least the page
        int depth = Math.max(wanted, fusionDepth(ranking));
        TopDocs top = ranking.order() == SearchRequest.Order.DATE
                ? matches.exact() ? TopHits.bySort(searcher, pageQuery, wanted, BY_DATE) : newestFirst(searcher, pageQuery, wanted, matches.density())
                : TopHits.byScore(searcher, pageQuery, articles == null ? wanted : depth);
        phases.ended("rank");
        double scale = matches.scale();
        long total = Math.max(top.scoreDocs.length, Math.round(matches.seen() * scale));
        ArticleFusion.Ranked[] ranked = articles == null ? ArticleFusion.documentsOnly(top.scoreDocs)
                : fused(searcher, terms, ranking, matches, top.scoreDocs, articles, wanted, depth, phases);
        if (answeredByArticles) {
            ranked = newestFirst(searcher, ranked);
        }
        total = Math.max(total, ranked.length);
        if (reference != null && request.order() != SearchRequest.Order.DATE) {
            // 民法典第一千零七十九条: of the documents named 民法典, the part that holds the article first
            ranked = reference.holderFirst(searcher, ranked, headField);
        }
        org.apache.lucene.facet.FacetsCollector counted = matches;
        if (matches.exact()) {
            counted = matches.alsoCounting(searcher.getIndexReader().leaves(),
                    Arrays.stream(ranked).mapToInt(ArticleFusion.Ranked::doc).toArray());
            // beyond the page, a document found by its articles alone is a place in the list without an id
            total = Math.max(MatchSample.count(counted), ranked.length);
        }
        ArticleFusion.Ranked[] page = ranked.length <= request.offset() ? new ArticleFusion.Ranked[0]
                : Arrays.copyOfRange(ranked, request.offset(), Math.min(ranked.length, wanted));
        if (reference != null) {
            page = reference.pointAt(searcher, page);
        }
        page = atTopWhenNumbered(searcher, page, request.query());
        if (request.order() == SearchRequest.Order.DATE && !request.browsing()) {
            page = withBestArticles(searcher, request, page);
        }
        PageEntries entries = new PageEntries(searcher.storedFields(), page, documentFields, articleFields);
        phases.ended("stored");
        // the words as typed: the article's own 第十条 is marked in its snippet
        String[] snippets = snippets(searcher, asked, page, entries);
        phases.ended("snippets");
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            String named = reference == null ? null : namedArticle(entries, page[i], reference);
            if (named != null) {
                // its beginning, whatever the words matched (第40条 typed, 第四十条 written)
                hits.add(hit(entries.get(page[i].doc()), ArticleReference.snippet(named), reference.number()));
            } else {
                hits.add(hit(entries.get(page[i].doc()), snippets[i], articleNumber(entries, page[i], snippets[i])));
            }
        }
        Map<String, List<SearchResults.FacetValue>> facets = facets(facetState, counted, scale);
        for (String dim : FACET_DIMS) {
            if (request.filter(dim) != null) {
                // a filtered dimension lists its other values as they would be chosen instead (browser walk: with 2018
                // chosen the other years were gone, and 2019 was reached only by removing 2018 first)
                MatchSample sideways = MatchSample.of(searcher, terms.apply(planner.matchQuery(request.without(dim), narrowing)), facetSample);
                // the chosen value keeps the count of the list shown, laws found by their articles alone included
                Map<String, Long> chosen = new java.util.HashMap<>();
                facets.get(dim).forEach(v -> chosen.put(v.value(), v.count()));
                facets.put(dim, facets(facetState, sideways, sideways.scale()).get(dim).stream()
                        .map(v -> v.value().equals(request.filter(dim)) && chosen.containsKey(v.value())
                                ? new SearchResults.FacetValue(v.value(), v.label(), chosen.get(v.value())) : v)
                        .toList());
            }
        }
        phases.ended("facets");
        // sorted by date and kept to the words as typed: the page says so, and how to see the rest
        boolean wordsAsTyped = narrowing != null && request.order() == SearchRequest.Order.DATE
                && !QueryPlanner.DOCUMENT_NUMBER.matcher(SearchRequest.clean(request.query())).matches();
        boolean exact = matches.exact();
        if (!exact && request.browsing()) {
            // nothing typed: the list is every document (of the filters), counted whole, not "about" so many
            total = searcher.count(matching);
            exact = true;
        }
        return new SearchResults(total, exact, request.page(), request.size(), hits, facets, null, List.of(), wordsAsTyped);
    }

    /**
     * What the page is drawn from. When the count saw every match, only those documents are looked at
     * again: ranking then advances the query's scorers to a few thousand documents instead of walking
     * the postings of every bigram a second time, and a date sort needs nothing but them. A broad query
     * is ranked over the index with a collector that may skip what cannot make the page (block-max
     * WAND); sorted by date it needs no score, so the cheaper counting query serves.
     */
    Query pageQuery(SearchRequest request, Query matching, MatchSample matches, Query narrowing) {
        if (request.order() != SearchRequest.Order.DATE) {
            return withinMatches(planner.query(request, narrowing), matches);
        }
        return matches.exact() ? new MatchedDocsQuery(matches.getMatchingDocs()) : matching;
    }

    /** Ranked documents newest first (the same order as {@link #BY_DATE}; ties keep their rank). */
    private static ArticleFusion.Ranked[] newestFirst(IndexSearcher searcher, ArticleFusion.Ranked[] ranked) throws IOException {
        Map<Integer, Long> published = longValues(searcher.getIndexReader().leaves(),
                Arrays.stream(ranked).mapToInt(ArticleFusion.Ranked::doc).toArray(), SearchFields.PUBLISHED);
        ArticleFusion.Ranked[] sorted = ranked.clone();
        Arrays.sort(sorted, java.util.Comparator.comparingLong(
                (ArticleFusion.Ranked r) -> published.getOrDefault(r.doc(), Long.MIN_VALUE)).reversed());
        return sorted;
    }

    /** The most documents {@link #newestFirst} looks at by date before it sorts the matches the plain way. */
    private static final int NEWEST_WINDOW_MAX = 50_000;

    /**
     * The newest matches of a query with more matches than the count looks at, the same as sorting them
     * all by date: first the newest documents of the index, as many as should hold a few pages of
     * matches at the density the count saw, then the query only over those (a range on the date, which
     * leads). Any document left out is older than every one looked at, so when the window holds the
     * page the page is exact; when it does not, a window eight times wider. Sorting every match by
     * date, the query's dozens of bigram postings were advanced to far more documents than that
     * (环境保护 newest first: 20 ms at a million documents).
     */
    private static TopDocs newestFirst(IndexSearcher searcher, Query matching, int wanted, double density) throws IOException {
        long window = (long) Math.ceil(4.0 * wanted / Math.max(density, 1e-6));
        while (window <= NEWEST_WINDOW_MAX) {
            long since = newestSince(searcher, window);
            if (since == Long.MIN_VALUE) {
                break;
            }
            Query recent = new BooleanQuery.Builder()
                    .add(matching, BooleanClause.Occur.MUST)
                    .add(LongPoint.newRangeQuery(SearchFields.PUBLISHED, since, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = TopHits.bySort(searcher, recent, wanted, BY_DATE);
            if (top.scoreDocs.length >= wanted) {
                return top;
            }
            window *= 8;
        }
        return TopHits.bySort(searcher, matching, wanted, BY_DATE);
    }

    /**
     * About the latest date from which on at least {@code count} documents were published, by halving
     * the range of dates and estimating each half's count from the points' tree (no document is
     * visited, deleted ones are counted too: the window only needs to be about right, the page is exact
     * whatever it is); or {@link Long#MIN_VALUE} when the index holds fewer. One tree per segment
     * serves every step: Lucene's own estimate opened a new one each time, half a megabyte of buffers
     * per search sorted by date.
     */
    private static long newestSince(IndexSearcher searcher, long count) {
        try {
            List<PointValues.PointTree> trees = new ArrayList<>();
            long low = Long.MAX_VALUE;
            long high = Long.MIN_VALUE;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                PointValues values = leaf.reader().getPointValues(SearchFields.PUBLISHED);
                if (values != null) {
                    trees.add(values.getPointTree());
                    low = Math.min(low, LongPoint.decodeDimension(values.getMinPackedValue(), 0));
                    high = Math.max(high, LongPoint.decodeDimension(values.getMaxPackedValue(), 0));
                }
            }
            if (low > high || publishedSince(trees, low) < count) {
                return Long.MIN_VALUE;
            }
            // invariant: about count documents or more from low on, fewer from high + 1 on
            while (low < high) {
                long mid = low + (high - low + 1) / 2;
                if (publishedSince(trees, mid) >= count) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low;
        } catch (IOException e) {
            return Long.MIN_VALUE; // the plain sort then
        }
    }

    /** About how many documents were published at {@code since} or later, from the trees' cells. */
    private static long publishedSince(List<PointValues.PointTree> trees, long since) throws IOException {
        long sum = 0;
        for (PointValues.PointTree tree : trees) {
            sum += publishedSince(tree, since);
        }
        return sum;
    }

    /**
     * The points of the tree's current cell from {@code since} on; a leaf cell that straddles the date
     * counts half, as in Lucene's own estimate. Leaves the tree at the cell it started from.
     */
    private static long publishedSince(PointValues.PointTree tree, long since) throws IOException {
        if (LongPoint.decodeDimension(tree.getMinPackedValue(), 0) >= since) {
            return tree.size();
        }
        if (LongPoint.decodeDimension(tree.getMaxPackedValue(), 0) < since) {
            return 0;
        }
        if (!tree.moveToChild()) {
            return (tree.size() + 1) / 2;
        }
        long sum = 0;
        do {
            sum += publishedSince(tree, since);
        } while (tree.moveToSibling());
        tree.moveToParent();
        return sum;
    }

    /** The query over just the counted matches when the count saw them all, else over the index. */
    private static Query withinMatches(Query query, MatchSample matches) {
        return !matches.exact() ? query : within(query, new MatchedDocsQuery(matches.getMatchingDocs()));
    }

    private static Query within(Query query, MatchedDocsQuery docs) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(docs, BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * The documents ranked by title alone, the fusion's third list (empty when the tuning does not ask).
     * A title that matches matches the whole query too, so when the count saw every match only those
     * are ranked, as for the page. When there were more than the count looks at, only the documents
     * the document ranking found are ranked again by their titles: over a million documents a few
     * words are in the titles of a hundred thousand, and ranking all of those by title alone cost a
     * search more than the ranking itself, for a list whose first ranks the document ranking (titles
     * weighted three times, their phrase too) has found already.
     */
    private ArticleFusion.Ranked[] fused(IndexSearcher searcher, SharedTermStates terms, SearchRequest request,
                                         MatchSample matches, ScoreDoc[] ranked, Query articles, int wanted, int depth,
                                         Phases phases) throws IOException {
        ScoreDoc[] titles = titles(searcher, terms, request, matches, ranked, depth);
        phases.ended("titles");
        // the articles of the search as a whole, then only those of documents the filters keep: a filter narrows
        // what the search found (browser walk: 2018 (3) beside 40 results opened 49, the filtered articles going deeper)
        ScoreDoc[] answering = passing(searcher, TopHits.byScore(searcher, articles, Math.max(wanted * 3, ARTICLE_DEPTH)).scoreDocs,
                planner.filters(request));
        phases.ended("articles");
        ArticleFusion.Ranked[] fused = new ArticleFusion(searcher, planner.tuning(), planner.vocabulary()).fuse(ranked,
                answering, titles, planner.titleWeight(request), planner.askedName(request.query()), wanted, matches.exact());
        phases.ended("fusion");
        return fused;
    }

    private ScoreDoc[] titles(IndexSearcher searcher, SharedTermStates terms, SearchRequest request,
                              MatchSample matches, ScoreDoc[] ranked, int depth) throws IOException {
        Query titles = planner.titleQuery(suffix, request);
        if (titles == null) {
            return new ScoreDoc[0];
        }
        titles = terms.apply(titles);
        Query within = matches.exact() ? withinMatches(titles, matches) : within(titles, MatchedDocsQuery.of(searcher, ranked));
        return TopHits.byScore(searcher, within, depth).scoreDocs;
    }

    /** The hits that pass the filters (all of them when there are none), in their order. */
    static ScoreDoc[] passing(IndexSearcher searcher, ScoreDoc[] hits, Query filters) throws IOException {
        if (filters == null || hits.length == 0) {
            return hits;
        }
        org.apache.lucene.search.Weight weight = searcher.createWeight(searcher.rewrite(filters),
                org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
        boolean[] kept = new boolean[hits.length];
        int leafIndex = -1;
        org.apache.lucene.search.DocIdSetIterator passing = null;
        for (int i : byDoc) {
            int sub = org.apache.lucene.index.ReaderUtil.subIndex(hits[i].doc, leaves);
            if (sub != leafIndex) {
                leafIndex = sub;
                org.apache.lucene.search.Scorer scorer = weight.scorer(leaves.get(sub));
                passing = scorer == null ? null : scorer.iterator();
            }
            int local = hits[i].doc - leaves.get(sub).docBase;
            if (passing != null && passing.docID() < local) {
                passing.advance(local);
            }
            kept[i] = passing != null && passing.docID() == local;
        }
        List<ScoreDoc> out = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            if (kept[i]) {
                out.add(hits[i]);
            }
        }
        return out.toArray(new ScoreDoc[0]);
    }

    /** How deep the document ranking goes when articles are fused into it, and how many articles are looked at. */
    static final int FUSION_DEPTH = 100;
    static final int ARTICLE_DEPTH = 300;
    /**
     * The depth of the document and title rankings for a few words: their first fifty hold what the
     * fusion shows (on the development keyword forms 50 instead of 100 changed recall@10 by 0.001) and
     * ranking them costs a twentieth less at a million documents; a whole question's answers lie deeper
     * (0.017 lost). Only for pages of up to 25: the first two pages always come from one fusion (a
     * ranking deepened for a later page may move an entry across the pages' border; Known limits in
     * docs/search.md), as they did at 100 for the API's pages of 50.
     */
    static final int FEW_WORDS_FUSION_DEPTH = 50;

    private int fusionDepth(SearchRequest request) {
        return planner.fewWords(request) && 2 * request.size() <= FEW_WORDS_FUSION_DEPTH ? FEW_WORDS_FUSION_DEPTH : FUSION_DEPTH;
    }

    /**
     * A snippet per hit: from the article that answers, for a hit found by one, else from the head of
     * the body.
     */
    private String[] snippets(IndexSearcher searcher, SearchRequest request, ArticleFusion.Ranked[] page,
                              PageEntries entries) throws IOException {
        String[] out = new String[page.length];
        if (request.browsing() || page.length == 0) {
            return out;
        }
        List<ScoreDoc> heads = new ArrayList<>();
        List<ScoreDoc> articles = new ArrayList<>();
        for (ArticleFusion.Ranked r : page) {
            if (r.articleDoc() >= 0) {
                articles.add(new ScoreDoc(r.articleDoc(), 1f));
            } else {
                heads.add(new ScoreDoc(r.doc(), 1f));
            }
        }
        String[] headSnippets = snippets(searcher, request, headField, heads.toArray(new ScoreDoc[0]), entries);
        String[] articleSnippets = snippets(searcher, request, articleField, articles.toArray(new ScoreDoc[0]), entries);
        int h = 0;
        int a = 0;
        for (int i = 0; i < page.length; i++) {
            out[i] = page[i].articleDoc() >= 0 ? articleSnippets[a++] : headSnippets[h++];
        }
        return out;
    }

    private String[] snippets(IndexSearcher searcher, SearchRequest request, String field, ScoreDoc[] page,
                              PageEntries entries) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = entries.highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withScorer(SCORER)
                // sentences end at 。; the length goal trims them around the match. Cheap, unlike a
                // character BreakIterator; snippets come from the stored head of the body only.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('。'), SNIPPET_LENGTH, 0.5f))
                .withMaxLength(DocumentIndexer.HEAD_LENGTH)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0));
        // the highlighter wants its documents in index order
        Integer[] order = new Integer[page.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(page[x].doc, page[y].doc));
        ScoreDoc[] sorted = new ScoreDoc[page.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = page[order[i]];
        }
        TopDocs slice = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), sorted);
        String[] bySorted = highlighter.highlight(field, planner.highlightQuery(request.query(), field), slice, 1);
        String character = planner.singleCharacterOf(request.query());
        java.util.Set<String> typed = character == null ? planner.typedWords(request.query()) : java.util.Set.of();
        String[] out = new String[page.length];
        for (int i = 0; i < order.length; i++) {
            out[order[i]] = character == null ? SnippetFormatter.withoutStraddlingPairs(bySorted[i], typed, this::wordBounds)
                    : SnippetFormatter.markingOnly(bySorted[i], character);
        }
        return out;
    }

    /** Where the segmenter (the suggestion field's analysis) starts and ends the text's words. */
    private java.util.Set<Integer> wordBounds(String text) {
        java.util.Set<Integer> bounds = new java.util.HashSet<>();
        for (int[] word : AnalysisChain.wordSpans(analyzer, text)) {
            bounds.add(word[0]);
            bounds.add(word[1]);
        }
        return bounds;
    }

    /**
     * Sorted by date, the page's laws with the article that best answers the words, as a ranking by relevance
     * gives them: the snippet then comes from it and the link points at it (quick browser check: 军人抚恤优待条例 by
     * date showed 第九条 “单位和个人” from its beginning, not 第五十四条 on 个人所得税, and linked no article).
     * The article query is kept to the page's documents, so it costs little.
     */
    private ArticleFusion.Ranked[] withBestArticles(IndexSearcher searcher, SearchRequest request, ArticleFusion.Ranked[] page)
            throws IOException {
        Query articles = page.length == 0 ? null : planner.articleQuery(request, suffix);
        if (articles == null) {
            return page;
        }
        List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Long> pageOwners = longValues(leaves, Arrays.stream(page).mapToInt(ArticleFusion.Ranked::doc).toArray(),
                SearchFields.OWNER_VALUE);
        Map<Long, Integer> at = new java.util.HashMap<>();
        List<org.apache.lucene.util.BytesRef> owners = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Long owner = pageOwners.get(page[i].doc());
            if (owner != null && page[i].articleDoc() < 0) {
                at.put(owner, i);
                owners.add(new org.apache.lucene.util.BytesRef(Long.toString(owner)));
            }
        }
        if (owners.isEmpty()) {
            return page;
        }
        Query kept = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(articles, org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(new org.apache.lucene.search.TermInSetQuery(SearchFields.OWNER, owners), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
        ScoreDoc[] hits = searcher.search(kept, owners.size() * 8).scoreDocs;
        Map<Integer, Long> hitOwners = longValues(leaves, Arrays.stream(hits).mapToInt(h -> h.doc).toArray(), SearchFields.OWNER_VALUE);
        ArticleFusion.Ranked[] out = page.clone();
        for (ScoreDoc hit : hits) {
            Long owner = hitOwners.get(hit.doc);
            Integer i = owner == null ? null : at.remove(owner);
            if (i != null && hit.doc != out[i].doc()) {
                out[i] = new ArticleFusion.Ranked(out[i].doc(), hit.doc, false);
            }
        }
        return out;
    }

    /**
     * A numeric doc-values field of these entries (their owners, their publication dates), read in index order
     * with one iterator per segment (as ArticleFusion's lookup does: an iterator per entry cost more than the
     * work it served).
     */
    private static Map<Integer, Long> longValues(List<org.apache.lucene.index.LeafReaderContext> leaves, int[] docs, String field)
            throws IOException {
        Map<Integer, Long> out = new java.util.HashMap<>();
        int[] sorted = Arrays.stream(docs).sorted().distinct().toArray();
        org.apache.lucene.index.NumericDocValues values = null;
        org.apache.lucene.index.LeafReaderContext leaf = null;
        for (int doc : sorted) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getNumericDocValues(field);
            }
            if (values != null && values.advanceExact(doc - leaf.docBase)) {
                out.put(doc, values.longValue());
            }
        }
        return out;
    }

    /**
     * A hit found by its own 文号 (国务院令第711号 for the 条例) links to the document's beginning with a
     * snippet from it, not to the article that best shared the number's words (browser walk: #art-42,
     * about fees). Only for a query that is a number: its key, with a digit, ends the hit's.
     */
    private static ArticleFusion.Ranked[] atTopWhenNumbered(IndexSearcher searcher, ArticleFusion.Ranked[] page, String query)
            throws IOException {
        String cleaned = SearchRequest.clean(query);
        String key = NumberKeys.of(cleaned);
        if (key.length() < 4 || key.chars().noneMatch(Character::isDigit)) {
            return page;
        }
        List<String> keys = NumberKeys.typedKeys(cleaned);
        ArticleFusion.Ranked[] out = page;
        org.apache.lucene.index.StoredFields stored = null;
        for (int i = 0; i < page.length; i++) {
            if (page[i].doc() < 0 || page[i].articleDoc() < 0 && !page[i].wholeText()) {
                continue;
            }
            stored = stored == null ? searcher.storedFields() : stored;
            String number = stored.document(page[i].doc(), Set.of(SearchFields.DOC_NUMBER)).get(SearchFields.DOC_NUMBER);
            String numberKey = number == null ? null : NumberKeys.of(number);
            if (numberKey != null && keys.stream().anyMatch(numberKey::endsWith)) {
                out = out == page ? Arrays.copyOf(page, page.length) : out;
                out[i] = new ArticleFusion.Ranked(page[i].doc(), -1, false);
            }
        }
        return out;
    }

    /**
     * The text of the article the query names, if the hit has it: its entry, or, for a short text without
     * entries of its own, the article in its head, which is all of it (a long text's first articles too).
     */
    private String namedArticle(PageEntries entries, ArticleFusion.Ranked hit, ArticleReference reference) {
        if (hit.articleDoc() >= 0) {
            Document article = entries.get(hit.articleDoc());
            IndexableField number = article.getField(SearchFields.ARTICLE_NUMBER);
            return number != null && number.numericValue().intValue() == reference.number() ? article.get(articleField) : null;
        }
        Articles.Article named = reference.namedIn(Articles.split(entries.get(hit.doc()).get(headField)));
        return named == null ? null : named.text();
    }

    /**
     * The article a hit links to: the one it was found by, or, for a short text of articles indexed
     * whole ({@link DocumentIndexer#WHOLE_TEXT_ARTICLE}), the one its snippet was cut from.
     */
    private int articleNumber(PageEntries entries, ArticleFusion.Ranked hit, String snippet) {
        if (hit.articleDoc() >= 0) {
            IndexableField number = entries.get(hit.articleDoc()).getField(SearchFields.ARTICLE_NUMBER);
            if (number != null && number.numericValue().intValue() > 0) {
                return number.numericValue().intValue();
            }
        } else if (!hit.wholeText()) {
            return 0;
        }
        if (snippet == null) {
            return 0;
        }
        // the snippet was cut from the article entry's text, or from a short text's head, which is all of it
        String text = hit.wholeText() ? entries.get(hit.doc()).get(headField) : entries.get(hit.articleDoc()).get(articleField);
        String start = SnippetFormatter.firstWords(snippet, 12);
        int passage = text == null || start.isEmpty() ? -1 : text.indexOf(start);
        // the article of the first match: a passage may begin in the article before it
        return passage < 0 ? 0 : Articles.numberAt(text, passage + SnippetFormatter.beforeFirstMatch(snippet));
    }

    private static SearchResults.Hit hit(Document d, String snippet, int articleNumber) {
        String text = snippet == null ? null : SnippetFormatter.toHtml(snippet, SNIPPET_LENGTH * 3);
        if (text == null || text.isBlank()) {
            String summary = d.get(SearchFields.SUMMARY);
            text = escape(summary != null ? summary : d.get(SearchFields.EXCERPT) == null ? "" : d.get(SearchFields.EXCERPT));
        }
        String published = d.get(SearchFields.PUBLISHED);
        String url = d.get(SearchFields.URL);
        if (articleNumber > 0 && url != null) {
            url = url + "#art-" + articleNumber; // the article that answers (the document page gives it this anchor)
        }
        return new SearchResults.Hit(Long.parseLong(d.get(SearchFields.ID)), d.get(SearchFields.STORED_TITLE),
                url, text, DocumentType.valueOf(d.get(SearchFields.TYPE)), d.get(SearchFields.ORGANIZATION_NAME),
                published == null || published.equals("0") ? null : Instant.ofEpochMilli(Long.parseLong(published)),
                d.get(SearchFields.EXTERNAL_ID), d.get(SearchFields.DOC_NUMBER), d.get(SearchFields.INDEX_NUMBER),
                d.get(SearchFields.VALIDITY) == null ? null : org.zwgk.portal.documents.Validity.valueOf(d.get(SearchFields.VALIDITY)));
    }

    private static Map<String, List<SearchResults.FacetValue>> facets(SortedSetDocValuesReaderState state,
                                                                      org.apache.lucene.facet.FacetsCollector matches, double scale) throws IOException {
        Map<String, List<SearchResults.FacetValue>> out = new LinkedHashMap<>();
        if (state == null) {
            FACET_DIMS.forEach(dim -> out.put(dim, List.of()));
            return out;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, matches);
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
                    values.add(new SearchResults.FacetValue(lv.label, lv.label, Math.round(lv.value.longValue() * scale)));
                }
            }
            if (dim.equals(SearchFields.YEAR)) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(dim, values);
        }
        return out;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
