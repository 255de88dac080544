package org.zwgk.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.documents.PublicDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search counts its matches first and then ranks only those (SearchExecution): the page a citizen
 * sees must be exactly the one ranking the whole index gives, in either order, on any page. A broad
 * query sorted by date is taken from a window of the newest documents: the same page again.
 */
class SearchExecutionTest {

    /** The portal's analysis, indexing and query planning, as every test here indexes and searches with them. */
    private final AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
    private final Analyzer analyzer = chain.analyzer();
    private final DocumentIndexer indexer = new DocumentIndexer(chain);
    private final QueryPlanner planner = new QueryPlanner(chain, analyzer, new SearchVocabulary(Path.of("content/search")),
            QueryPlanner.Tuning.DEFAULT);

    /** A document of content/: its file name, its title from the front matter, its Markdown body. */
    record ContentFile(String name, String title, String body) {
    }

    static List<ContentFile> contentFiles() throws Exception {
        List<ContentFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content/documents"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(f);
                int end = text.indexOf("\n---\n", 3);
                String title = text.substring(0, end).lines().filter(l -> l.startsWith("title:")).findFirst()
                        .orElseThrow().substring(6).strip();
                out.add(new ContentFile(f.getFileName().toString(), title, text.substring(end + 5)));
            }
        }
        return out;
    }

    /**
     * Each paragraph of the documents in content/ as a document of its own: a few hundred real texts
     * that share vocabulary, with publication dates that repeat, so date order has ties to break.
     */
    static List<PublicDocument> paragraphsOfTheContentRepository() throws Exception {
        List<String> keys = new ArrayList<>();
        List<PublicDocument> docs = new ArrayList<>();
        for (ContentFile f : contentFiles()) {
            for (String paragraph : f.body().split("\n\\s*\n")) {
                String plain = paragraph.replaceAll("[#*|>-]", " ").strip();
                if (plain.length() >= 20) {
                    SearchEvaluation.add(keys, docs, f.name() + "#" + docs.size(),
                            plain.substring(0, Math.min(24, plain.length())), null, plain,
                            LocalDate.of(2000 + docs.size() % 7, 1 + docs.size() % 5, 1));
                }
            }
        }
        return docs;
    }

    @Test
    void rankingOnlyTheCountedMatchesGivesTheSamePagesAsRankingTheWholeIndex() throws Exception {
        List<PublicDocument> docs = paragraphsOfTheContentRepository();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (PublicDocument d : docs) {
                writer.addDocument(indexer.toLucene(d));
            }
            // withdrawn documents leave deletions behind, as in a running portal: counts and date windows skip them
            for (int i = 0; i < docs.size(); i += 9) {
                writer.deleteDocuments(new org.apache.lucene.index.Term(SearchFields.ID, Long.toString(docs.get(i).id())));
            }
        }
        // a sample of 40 matches: the broad queries take the other way (sampled count, whole-index ranking)
        SearchExecution counting = new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix());
        SearchExecution sampling = new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix(), 40);
        Sort newestFirst = new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.hasDeletions()).isTrue();
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            int compared = 0;
            int sampled = 0;
            for (String q : List.of("政府信息公开", "行政机关", "申请公开政府信息怎么办？", "个人隐私", "行政诉讼", "政务公开",
                    "昆山", "不予公开", "答复期限", "人民法院")) {
                for (String sort : new String[]{null, "date"}) {
                    for (String page : new String[]{"1", "2"}) {
                        SearchRequest request = SearchRequest.parse(q, null, null, null, null, null, sort, page, null);
                        int wanted = request.page() * request.size();
                        // by date, what holds the words as typed, when something does
                        Query narrowing = planner.narrowing(request);
                        Query reference = planner.query(request,
                                narrowing != null && searcher.count(planner.query(request, narrowing)) > 0 ? narrowing : null);
                        ScoreDoc[] whole = sort == null
                                ? searcher.search(reference, wanted).scoreDocs
                                : searcher.search(reference, wanted, newestFirst).scoreDocs;
                        List<Long> expected = new ArrayList<>();
                        for (int i = request.offset(); i < whole.length; i++) {
                            expected.add(Long.parseLong(searcher.storedFields().document(whole[i].doc).get(SearchFields.ID)));
                        }
                        int count = searcher.count(reference);
                        SearchResults exact = counting.run(searcher, facets, request);
                        assertThat(exact.results().stream().map(SearchResults.Hit::id).toList())
                                .as("%s, sort %s, page %s", q, sort, page).isEqualTo(expected);
                        assertThat(exact.totalExact()).isTrue();
                        assertThat(exact.total()).isEqualTo(count);
                        SearchResults estimated = sampling.run(searcher, facets, request);
                        assertThat(estimated.results().stream().map(SearchResults.Hit::id).toList())
                                .as("%s, sort %s, page %s, sampled", q, sort, page).isEqualTo(expected);
                        if (count < 40) {
                            assertThat(estimated.totalExact()).as(q).isTrue();
                            assertThat(estimated.total()).as(q).isEqualTo(count);
                        } else if (!estimated.totalExact()) {
                            // a few more than the sample may still be counted whole (MatchSample stops at whole chunks)
                            sampled++;
                            assertThat(estimated.total()).as(q).isBetween(count / 3L, count * 3L);
                        } else {
                            assertThat(estimated.total()).as(q).isEqualTo(count);
                        }
                        compared += expected.size();
                    }
                }
            }
            assertThat(compared).as("the queries find enough to compare").isGreaterThan(200);
            assertThat(sampled).as("some queries match more than the sample").isGreaterThan(8);
            // browsing (no words): the list says how many documents there are, not about how many (browser walk:
            // 找到约 3464 条结果 on /search with nothing typed), with or without a filter
            for (String year : new String[]{null, "2003"}) {
                SearchRequest browse = SearchRequest.parse("", null, null, null, null, year, null, null, null);
                SearchResults all = sampling.run(searcher, facets, browse);
                Query reference = year == null ? SearchIndex.DOCUMENTS : planner.query(browse, null);
                assertThat(all.totalExact()).as("year %s", year).isTrue();
                assertThat(all.total()).as("year %s", year).isEqualTo(searcher.count(reference));
            }
            assertThat(searcher.count(SearchIndex.DOCUMENTS)).as("more than the sample of 40").isGreaterThan(40);
        }
    }

    /** The documents of content/ whole, as the portal indexes them: laws with their articles (第X条), titles that differ. */
    static List<PublicDocument> documentsOfTheContentRepository() throws Exception {
        List<String> keys = new ArrayList<>();
        List<PublicDocument> docs = new ArrayList<>();
        for (ContentFile f : contentFiles()) {
            SearchEvaluation.add(keys, docs, f.name(), f.title(), null, f.body(), LocalDate.of(2000 + docs.size() % 7, 1, 1));
        }
        return docs;
    }

    /**
     * A broad query at a million documents is ranked without counting every match, and its ranking by
     * titles alone is then taken within the document ranking's first hundred. Where those hundred hold
     * every match, the page must be the one a fully counted search gives, titles, articles and all: the
     * title ranking must not be lost on the way (without it the fusion ranks by bodies and articles only).
     */
    @Test
    void aBroadQueryWeighsTitlesAsWhenEveryMatchIsCounted() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int articles = 0;
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (PublicDocument d : documentsOfTheContentRepository()) {
                List<org.apache.lucene.document.Document> withArticles = indexer.toLuceneWithArticles(d);
                articles += withArticles.size() - 1;
                writer.addDocuments(withArticles);
            }
        }
        assertThat(articles).as("long laws have article entries").isGreaterThan(40);
        SearchExecution counting = new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix());
        SearchExecution sampling = new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix(), 5);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            int sampled = 0;
            for (String q : List.of("政府信息公开", "政务公开", "行政复议", "依申请公开", "信息公开条例", "工作要点", "公开指南",
                    "个人隐私", "不予公开", "一号答")) {
                SearchRequest request = SearchRequest.parse(q, null, null, null, null, null, null, null, null);
                SearchResults exact = counting.run(searcher, facets, request);
                SearchResults estimated = sampling.run(searcher, facets, request);
                assertThat(exact.totalExact()).isTrue();
                if (!estimated.totalExact()) {
                    sampled++;
                }
                assertThat(estimated.results()).extracting(SearchResults.Hit::url)
                        .as(q).isEqualTo(exact.results().stream().map(SearchResults.Hit::url).toList());
            }
            // a query with a few more matches than the sample may still be counted whole (MatchSample stops at whole chunks)
            assertThat(sampled).as("queries with more matches than the sample").isGreaterThan(4);
        }
    }

    /**
     * A document's name typed as the query finds that document first (TitleNames), read per segment
     * beside owners and genres: in an index of many segments, as a running portal has between two
     * compactions, the same as in one segment, and every page the same in both.
     */
    @Test
    void aDocumentsNameFindsItFirstInWhicheverSegmentItIs() throws Exception {
        List<PublicDocument> docs = documentsOfTheContentRepository();
        ByteBuffersDirectory many = new ByteBuffersDirectory();
        ByteBuffersDirectory one = new ByteBuffersDirectory();
        try (IndexWriter manyWriter = new IndexWriter(many, new IndexWriterConfig(analyzer)
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE));
             IndexWriter oneWriter = new IndexWriter(one, new IndexWriterConfig(analyzer))) {
            for (PublicDocument d : docs) {
                manyWriter.addDocuments(indexer.toLuceneWithArticles(d));
                manyWriter.flush(); // a segment per document and its articles
                oneWriter.addDocuments(indexer.toLuceneWithArticles(d));
            }
            oneWriter.forceMerge(1);
        }
        SearchExecution execution = new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix());
        try (DirectoryReader manyReader = DirectoryReader.open(many); DirectoryReader oneReader = DirectoryReader.open(one)) {
            assertThat(manyReader.leaves()).hasSizeGreaterThan(20);
            assertThat(oneReader.leaves()).hasSize(1);
            IndexSearcher manySearcher = new IndexSearcher(manyReader);
            IndexSearcher oneSearcher = new IndexSearcher(oneReader);
            SortedSetDocValuesReaderState manyFacets = new DefaultSortedSetDocValuesReaderState(manyReader, DocumentIndexer.FACETS);
            SortedSetDocValuesReaderState oneFacets = new DefaultSortedSetDocValuesReaderState(oneReader, DocumentIndexer.FACETS);
            int names = 0;
            for (PublicDocument d : docs) {
                // the name as a reader types it: no 中华人民共和国, no edition, no book-title marks
                String typed = TitleNames.name(d.title());
                if (typed.length() < TitleNames.MIN_LENGTH || typed.length() > 30) {
                    continue;
                }
                names++;
                SearchRequest request = SearchRequest.parse(typed, null, null, null, null, null, null, null, null);
                SearchResults inMany = execution.run(manySearcher, manyFacets, request);
                SearchResults inOne = execution.run(oneSearcher, oneFacets, request);
                assertThat(inMany.results()).as(typed).isNotEmpty();
                assertThat(TitleNames.name(inMany.results().get(0).title())).as(typed).isEqualTo(typed);
                assertThat(inMany.results()).extracting(SearchResults.Hit::url)
                        .as(typed).isEqualTo(inOne.results().stream().map(SearchResults.Hit::url).toList());
                assertThat(inMany.facets()).as("facets of " + typed).isEqualTo(inOne.facets());
            }
            for (String typed : List.of("社保", "政府信息公开", "条例", "长廊")) {
                SearchRequest request = SearchRequest.parse(typed, null, null, null, null, null, null, null, null);
                assertThat(execution.run(manySearcher, manyFacets, request).facets()).as("facets of " + typed)
                        .isEqualTo(execution.run(oneSearcher, oneFacets, request).facets());
            }
            assertThat(names).as("documents with a name to type").isGreaterThan(30);
        }
    }
}
