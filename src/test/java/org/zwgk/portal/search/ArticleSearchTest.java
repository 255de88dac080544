package org.zwgk.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.PublicDocument;
import org.zwgk.portal.web.UserError;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A citizen's question finds the law by the article that answers it, and the result links to that
 * article; the articles never show as results of their own nor count as documents.
 */
class ArticleSearchTest {

    private static final String LAW = """
            ## 第一章  总则

            第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本条例。

            第二条 本条例所称物业管理，是指业主通过选聘物业服务企业进行维修、养护、管理的活动。

            第三条 国家提倡业主通过公开、公平、公正的市场竞争机制选择物业服务企业。

            ## 第二章  相邻关系

            第四十条 建造建筑物，不得违反国家有关工程建设标准，不得妨碍相邻建筑物的通风、采光和日照。

            第四十一条 本条例自公布之日起施行。
            """;

    private static PublicDocument doc(long id, String title, String body) {
        return new PublicDocument(id, "T/" + id, title, null, DocumentType.POLICY, "org", "机构", "ch", "栏目",
                null, null, null, LocalDate.of(2020, 1, 1), null, null, body, "/documents/" + id, "ext-" + id);
    }

    /** The same law made long: sixty more articles in its first chapter. */
    private static String longLaw() {
        StringBuilder more = new StringBuilder();
        for (int i = 100; i < 160; i++) {
            more.append("第").append(i).append("条 物业服务企业应当按照物业服务合同的约定，提供相应的服务，公布服务内容和收费标准。\n\n");
        }
        String law = LAW.replace("## 第二章", more + "## 第二章");
        assertThat(law.length()).isGreaterThan(DocumentIndexer.WHOLE_TEXT_ARTICLE);
        return law;
    }

    @Test
    void aQuestionFindsTheShortLawAndLinksToTheArticleThatAnswersIt() throws Exception {
        assertThat(LAW.length()).isLessThan(DocumentIndexer.WHOLE_TEXT_ARTICLE);
        // no article entry: the document entry is its one passage
        aQuestionFindsTheLawAndLinksToTheArticleThatAnswersIt(LAW, 0);
    }

    @Test
    void aQuestionFindsTheLongLawAndLinksToTheArticleThatAnswersIt() throws Exception {
        aQuestionFindsTheLawAndLinksToTheArticleThatAnswersIt(longLaw(), 65);
    }

    /** {@code entries}: how many article entries the law is indexed as (a short one has none). */
    private void aQuestionFindsTheLawAndLinksToTheArticleThatAnswersIt(String law, int entries) throws Exception {
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        Analyzer analyzer = chain.analyzer();
        DocumentIndexer indexer = new DocumentIndexer(chain);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        List<PublicDocument> docs = new ArrayList<>();
        docs.add(doc(1, "物业管理条例", law));
        for (int i = 2; i < 30; i++) {
            docs.add(doc(i, "关于做好第" + i + "批政务公开工作的通知", "各单位要做好政务公开工作，公开采光工程招标信息。"));
        }
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (PublicDocument d : docs) {
                SearchIndex.write(writer, indexer, d);
            }
        }
        QueryPlanner planner = new QueryPlanner(chain, analyzer, SearchVocabulary.empty(), QueryPlanner.Tuning.DEFAULT);
        SearchExecution execution = new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix());
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            assertThat(searcher.count(SearchIndex.DOCUMENTS)).as("articles are not documents").isEqualTo(29);
            assertThat(reader.numDocs()).as("the law's article entries").isEqualTo(29 + entries);

            SearchResults results = execution.run(searcher, facets,
                    SearchRequest.parse("邻居建房挡住了我家的采光和通风，我该怎么办？", null, null, null, null, null, null, null, "10"));
            SearchResults.Hit first = results.results().get(0);
            assertThat(first.title()).isEqualTo("物业管理条例");
            assertThat(first.url()).isEqualTo("/documents/1#art-40");
            assertThat(first.snippet()).contains("<em>采光").contains("第四十条");
            assertThat(results.results()).extracting(SearchResults.Hit::id).doesNotHaveDuplicates();

            SearchResults browsing = execution.run(searcher, facets,
                    SearchRequest.parse("", null, null, null, null, null, null, null, "50"));
            assertThat(browsing.total()).as("browsing lists documents, not articles").isEqualTo(29);
            assertThat(browsing.results()).hasSize(29);
        }
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            writer.deleteDocuments(new Term(SearchFields.OWNER, "1"));
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.numDocs()).as("withdrawing the law takes its articles along").isEqualTo(28);
        }
    }

    @Test
    void aLawNamedWithAnArticleIsFoundFirstAndLinksToThatArticle() throws Exception {
        for (String law : List.of(LAW, longLaw())) {
            List<PublicDocument> docs = new ArrayList<>();
            docs.add(doc(1, "物业管理条例", law));
            // short texts that cite the article by its number, and another law with a 第四十条 of its own
            for (int i = 2; i < 12; i++) {
                docs.add(doc(i, "物业管理条例第四十条怎么理解？（解读" + i + "）",
                        "根据《物业管理条例》第四十条，建造建筑物不得妨碍相邻建筑物的采光。"));
            }
            docs.add(doc(12, "城市绿化条例", "第一条 为了促进城市绿化。\n\n第二条 本条例适用于城市。\n\n第三条 绿化。\n\n"
                    + "第四十条 本条例自公布之日起施行，物业管理区域的绿化参照执行。\n"));
            try (DirectoryReader reader = index(docs)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
                for (String asked : List.of("物业管理条例第四十条", "《物业管理条例》 第40条", "物业管理条例第四十条第一款")) {
                    SearchResults.Hit first = search(searcher, facets, asked).results().get(0);
                    assertThat(first.title()).as(asked).isEqualTo("物业管理条例");
                    assertThat(first.url()).as(asked).isEqualTo("/documents/1#art-40");
                    assertThat(first.snippet()).as(asked).contains("相邻建筑物");
                }
                // the law's name alone: the law itself, from its beginning
                SearchResults.Hit named = search(searcher, facets, "物业管理条例").results().get(0);
                assertThat(named.title()).isEqualTo("物业管理条例");
                assertThat(named.url()).isEqualTo("/documents/1");
                // an article number with nothing else names no law: searched as typed, and each law found links to
                // its own 第四十条 (browser walk: the 条例 linked to the article that cites 第十条第二款)
                SearchResults alone = search(searcher, facets, "第四十条", "20");
                assertThat(alone.total()).isPositive();
                assertThat(alone.results()).filteredOn(h -> h.title().equals("物业管理条例")).singleElement()
                        .satisfies(h -> assertThat(h.url()).isEqualTo("/documents/1#art-40"));
                assertThat(alone.results()).filteredOn(h -> h.title().equals("城市绿化条例")).singleElement()
                        .satisfies(h -> assertThat(h.url()).isEqualTo("/documents/12#art-40"));
                // a number no article has: the law is still found, linked to no article
                SearchResults.Hit none = search(searcher, facets, "物业管理条例第九百条").results().get(0);
                assertThat(none.title()).isEqualTo("物业管理条例");
                assertThat(none.url()).doesNotContain("#art-900");
            }
        }
    }

    @Test
    void aLawFoundByItsOwnDocumentNumberLinksToItsBeginning() throws Exception {
        // its articles repeat the number's words (国务院, 令, 第…号), and one of them would be taken for the answer
        String law = LAW.replace("第四十一条 本条例自公布之日起施行。", "第四十一条 国务院各部门依照国务院令第七百一十一号的规定公开信息。\n\n"
                + "第四十二条 本条例自公布之日起施行。");
        PublicDocument numbered = new PublicDocument(1, "T/1", "物业管理条例", "中华人民共和国国务院令第711号", DocumentType.POLICY,
                "org", "机构", "ch", "栏目", null, null, null, LocalDate.of(2020, 1, 1), null, null, law, "/documents/1", "ext-1");
        for (String body : List.of(law, longLaw())) {
            PublicDocument d = new PublicDocument(numbered.id(), numbered.indexNumber(), numbered.title(), numbered.docNumber(),
                    numbered.type(), "org", "机构", "ch", "栏目", null, null, null, LocalDate.of(2020, 1, 1), null, null, body,
                    "/documents/1", "ext-1");
            try (DirectoryReader reader = index(List.of(d, doc(2, "关于国务院令的说明", "国务院令第七百一十一号修订了条例。")))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
                for (String asked : List.of("国务院令第711号", "中华人民共和国国务院令第711号")) {
                    SearchResults.Hit first = search(searcher, facets, asked).results().get(0);
                    assertThat(first.title()).as(asked).isEqualTo("物业管理条例");
                    assertThat(first.url()).as(asked).isEqualTo("/documents/1");
                }
            }
        }
    }

    private static DirectoryReader index(List<PublicDocument> docs) throws Exception {
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        DocumentIndexer indexer = new DocumentIndexer(chain);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(chain.analyzer()))) {
            for (PublicDocument d : docs) {
                SearchIndex.write(writer, indexer, d);
            }
        }
        return DirectoryReader.open(dir);
    }

    private static SearchResults search(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState facets, String q)
            throws Exception {
        return search(searcher, facets, q, "10");
    }

    private static SearchResults search(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState facets, String q, String size)
            throws Exception {
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        Analyzer analyzer = chain.analyzer();
        QueryPlanner planner = new QueryPlanner(chain, analyzer, SearchVocabulary.empty(), QueryPlanner.Tuning.DEFAULT);
        SearchExecution execution = new SearchExecution(planner, analyzer,
                SearchFields.HEAD + new DocumentIndexer(chain).primarySuffix());
        return execution.run(searcher, facets, SearchRequest.parse(q, null, null, null, null, null, null, null, size));
    }

    @Test
    void questionsUpTo500CharactersAreAnsweredLongerOnesRefused() {
        assertThat(SearchRequest.parse("问".repeat(500), null, null, null, null, null, null, null, null).query()).hasSize(500);
        assertThatThrownBy(() -> SearchRequest.parse("问".repeat(501), null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.status()).isEqualTo(400));
        // browser walk: a pasted question was copied whole into the page's <title>
        String pasted = "我家邻居在自家院子里加盖了三层楼房，挡住了我家的采光，" + "请问这种情况应该向哪个部门反映".repeat(20);
        String title = SearchRequest.parse(pasted, null, null, null, null, null, null, null, null).shortQuery();
        assertThat(title).startsWith("我家邻居在自家院子里加盖了三层楼房").endsWith("…").hasSize(31);
        assertThat(SearchRequest.parse("政府信息公开条例", null, null, null, null, null, null, null, null).shortQuery())
                .isEqualTo("政府信息公开条例");
    }
}
