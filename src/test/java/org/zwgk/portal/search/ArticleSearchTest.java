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

    /** {@link #doc}, published in that year. */
    private static PublicDocument published(long id, String title, String body, int year) {
        return new PublicDocument(id, "T/" + id, title, null, DocumentType.POLICY, "org", "机构", "ch", "栏目",
                null, null, null, LocalDate.of(year, 1, 1), java.time.Instant.parse(year + "-03-01T02:00:00Z"), null, body,
                "/documents/" + id, "ext-" + id);
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
    void sortedByDateAQuestionNoTextHoldsAsAWholeListsTheLawsItsArticlesAnswerNewestFirst() throws Exception {
        // browser walk: 公司不交社保去哪投诉 by date was 没有找到相关信息 where by relevance 39 laws answered it by their articles
        List<PublicDocument> docs = new ArrayList<>();
        String answer = "第四十条 公司拒不缴纳社会保险费的，职工可以向劳动保障部门投诉。";
        String law = longLaw().replaceFirst("第四十条 [^\n]*", answer);
        docs.add(published(1, "物业管理条例", law, 2020));
        docs.add(published(2, "城市建筑管理办法", law.replace("物业管理", "城市建筑管理"), 2023));
        for (int i = 3; i < 30; i++) {
            docs.add(published(i, "关于做好第" + i + "批政务公开工作的通知", "各单位要做好政务公开工作，按时公开招标信息。", 2024));
        }
        // a question of many pairs, of which each law holds two: no document matches as a whole, its article does
        String question = "公司不交社保去哪投诉";
        try (DirectoryReader reader = index(docs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            SearchResults byRelevance = search(searcher, facets, question);
            assertThat(byRelevance.results()).extracting(SearchResults.Hit::title).contains("物业管理条例", "城市建筑管理办法");
            SearchResults byDate = execution().run(searcher, facets,
                    SearchRequest.parse(question, null, null, null, null, null, "date", null, "10"));
            assertThat(byDate.results()).extracting(SearchResults.Hit::title).as("the same laws, newest first")
                    .startsWith("城市建筑管理办法", "物业管理条例");
            assertThat(byDate.results().get(0).url()).as("linked to the article that answers").isEqualTo("/documents/2#art-40");
            assertThat(byDate.total()).isEqualTo(byRelevance.total());
            assertThat(byDate.wordsAsTyped()).as("a question is not kept to its words as typed").isFalse();
        }
    }

    @Test
    void aFilterNarrowsWhatTheSearchFoundAndTheFacetsCountTheLawsFoundByTheirArticles() throws Exception {
        // browser walk: beside 40 results the facet read 2018 (3), and choosing it gave 49: the facets did not count
        // the laws found by their articles alone, and the filtered article search went deeper than the unfiltered one
        String filler = "本条所称有关部门，是指县级以上人民政府负责相关工作的部门，应当依照职责做好监督管理工作。".repeat(10);
        List<PublicDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            boolean strong = i <= 30;
            StringBuilder law = new StringBuilder();
            for (int a = 1; a <= 8; a++) {
                law.append("第").append(a).append("条 ").append(strong ? "建筑物采光不足的，应当改正。" : "相邻建筑物的采光由业主协商。")
                        .append(filler).append("\n\n");
            }
            docs.add(new PublicDocument(i, "T/" + i, "第" + i + "号管理条例", null, DocumentType.POLICY, "org", "机构", "ch", "栏目",
                    null, null, null, LocalDate.of(strong ? 2019 : 2018, 3, 1), null, null, law.toString(), "/documents/" + i, "ext-" + i));
        }
        try (DirectoryReader reader = index(docs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            SearchResults all = search(searcher, facets, "采光不足怎么办");
            List<SearchResults.FacetValue> years = all.facets().get(SearchFields.YEAR);
            assertThat(years.stream().mapToLong(SearchResults.FacetValue::count).sum()).as("every result is counted by its year")
                    .isEqualTo(all.total());
            long counted2018 = years.stream().filter(v -> v.value().equals("2018")).mapToLong(SearchResults.FacetValue::count).sum();
            assertThat(counted2018).as("laws found by their articles alone").isPositive();
            SearchResults only2018 = execution().run(searcher, facets,
                    SearchRequest.parse("采光不足怎么办", null, null, null, null, "2018", null, null, "10"));
            assertThat(only2018.total()).as("the filter gives what its count said").isEqualTo(counted2018);
        }
    }

    @Test
    void aLawNamedWithATopicLinksToTheArticleOnTheTopicNotToOneThatNamesTheLaw() throws Exception {
        // search walk: 治安管理处罚法 噪声 pointed at §3 (治安管理处罚的程序…), whose text shares the law's name, not at §58 on noise
        List<PublicDocument> docs = new ArrayList<>();
        docs.add(doc(1, "物业管理条例", longLaw()));
        for (int i = 2; i < 12; i++) {
            docs.add(doc(i, "关于贯彻物业管理条例的通知（" + i + "）", "各单位要认真学习物业管理条例，依照物业管理条例做好物业管理工作。"));
        }
        try (DirectoryReader reader = index(docs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            for (String asked : List.of("物业管理条例 采光", "《物业管理条例》采光", "采光 物业管理条例")) {
                SearchResults.Hit first = search(searcher, facets, asked).results().get(0);
                assertThat(first.title()).as(asked).isEqualTo("物业管理条例");
                assertThat(first.url()).as(asked).isEqualTo("/documents/1#art-40");
            }
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
                for (String asked : List.of("物业管理条例第四十条", "《物业管理条例》 第40条", "物业管理条例第四十条第一款",
                        "物业管理条例40条", "物业管理条例 40条")) {
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

    /** Articles {@code from} to {@code to} of a part of the code, in a chapter, each about {@code subject}. */
    private static String codePart(String book, int from, int to, String subject) {
        StringBuilder text = new StringBuilder("## 第一章\u2002\u2002一般规定\n\n");
        for (int i = from; i <= to; i++) {
            text.append("第").append(chinese(i)).append("条 ")
                    .append(book).append("：").append(subject).append("的规定，第").append(i).append("项。\n\n");
        }
        return text.toString();
    }

    /** 1079 → 一千零七十九, as laws number their articles (up to 9999). */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        String[] units = {"千", "百", "十", ""};
        int[] values = {n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            if (values[i] == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(i == 2 && values[i] == 1 && out.length() == 0)) {
                out.append(digits.charAt(values[i]));
            }
            out.append(units[i]);
        }
        return out.toString();
    }

    @Test
    void aLawStoredAsPartsOfOneNameIsFoundByThePartThatHoldsTheArticle() throws Exception {
        // the civil code as the corpus has it: its books as documents of one title, their articles numbered on
        String title = "中华人民共和国民法典";
        List<PublicDocument> docs = new ArrayList<>();
        docs.add(doc(1, title, codePart("总则编", 1, 204, "民事主体的权利")));
        docs.add(doc(2, title, codePart("物权编", 205, 462, "物的归属和利用")));
        docs.add(doc(3, title, codePart("人格权编", 989, 1039, "人格权的保护")));
        // the book with Art. 1079, the longest: by the name alone it is ranked after the others
        docs.add(doc(4, title, codePart("婚姻家庭编", 1040, 1118, "婚姻家庭关系中夫妻双方诉讼离婚调解和财产分割")
                .replace("第一千零七十九条 婚姻家庭编：", "第一千零七十九条 夫妻一方要求离婚的，可以由有关组织进行调解或者直接向人民法院提起离婚诉讼。")));
        // the last, short part: no article entries, its whole text one passage
        docs.add(doc(5, title, "##\n\n第一千二百五十八条 民法所称的期间按照公历年、月、日、小时计算。\n\n"
                + "第一千二百五十九条 民法所称的“以上”、“以下”、“以内”、“届满”，包括本数。\n\n"
                + "第一千二百六十条 本法自2021年1月1日起施行。\n"));
        for (int i = 6; i < 12; i++) {
            docs.add(doc(i, "最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（" + i + "）",
                    "第一条 持续性、经常性的家庭暴力，可以认定为民法典第一千零七十九条所称的“虐待”。\n\n第二条 本解释自公布之日起施行。\n\n第三条 施行。\n"));
        }
        try (DirectoryReader reader = index(docs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            for (String asked : List.of("民法典第一千零七十九条", "民法典1079条", "民法典 1079条", "中华人民共和国民法典第一千零七十九条",
                    "《民法典》第1079条")) {
                SearchResults results = search(searcher, facets, asked);
                SearchResults.Hit first = results.results().get(0);
                assertThat(first.url()).as(asked).isEqualTo("/documents/4#art-1079");
                assertThat(first.snippet()).as(asked).contains("第一千零七十九条").contains("离婚诉讼")
                        .contains("人民法院");
                assertThat(results.results()).extracting(SearchResults.Hit::id).as(asked).doesNotHaveDuplicates();
                // the other books are still found, none linked to the article
                assertThat(results.results()).filteredOn(h -> h.title().equals(title)).hasSizeGreaterThan(3)
                        .filteredOn(h -> h.id() != 4).allSatisfy(h -> assertThat(h.url()).doesNotContain("#art-1079"));
            }
            // a short part holds it in its text
            for (String asked : List.of("民法典第一千二百五十九条", "民法典1259条")) {
                SearchResults.Hit first = search(searcher, facets, asked).results().get(0);
                assertThat(first.url()).as(asked).isEqualTo("/documents/5#art-1259");
                assertThat(first.snippet()).as(asked).contains("包括本数");
            }
            // an article no part has: the code as its name finds it, in the same order, no part moved
            SearchResults none = search(searcher, facets, "民法典第五千条");
            SearchResults named = search(searcher, facets, "民法典");
            assertThat(none.results()).extracting(SearchResults.Hit::id).containsExactlyElementsOf(
                    named.results().stream().map(SearchResults.Hit::id).toList());
            assertThat(none.results()).extracting(SearchResults.Hit::url).noneMatch(u -> u.endsWith("#art-5000"));
            // sorted by date the order is the date's; the part that holds it still links to the article
            SearchResults byDate = execution().run(searcher, facets,
                    SearchRequest.parse("民法典1079条", null, null, null, null, null, "date", null, "10"));
            assertThat(byDate.results()).extracting(SearchResults.Hit::url).contains("/documents/4#art-1079");
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
        return execution().run(searcher, facets, SearchRequest.parse(q, null, null, null, null, null, null, null, size));
    }

    private static SearchExecution execution() {
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        Analyzer analyzer = chain.analyzer();
        QueryPlanner planner = new QueryPlanner(chain, analyzer, SearchVocabulary.empty(), QueryPlanner.Tuning.DEFAULT);
        return new SearchExecution(planner, analyzer, SearchFields.HEAD + new DocumentIndexer(chain).primarySuffix());
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

    @Test
    void theSnippetDoesNotMarkAPairOfTheWordsTypedWhereItStraddlesTwoWordsOfTheText() throws Exception {
        // browser walk: 民法典 marked the 民法 of 人民法院 (人民 法院), as if the text spoke of the code there
        List<PublicDocument> docs = new ArrayList<>();
        docs.add(doc(1, "关于做好宣传工作的通知", "各级人民法院和司法行政机关要做好民法典的宣传工作，方便群众学习。"));
        docs.add(doc(2, "关于做好调解工作的通知", "人民法院应当做好诉前调解工作，民法宣传进社区。"));
        try (DirectoryReader reader = index(docs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            SearchResults results = search(searcher, facets, "民法典");
            SearchResults.Hit code = results.results().stream().filter(h -> h.id() == 1).findFirst().orElseThrow();
            assertThat(code.snippet()).contains("<em>民法典</em>").contains("人民法院").doesNotContain("<em>民法</em>");
            // typed as a word of its own, 民法 is marked where it stands as one (民法宣传)
            SearchResults.Hit word = search(searcher, facets, "民法").results().stream().filter(h -> h.id() == 2).findFirst().orElseThrow();
            assertThat(word.snippet()).contains("<em>民法</em>宣传");
        }
    }
}
