package org.zwgk.portal.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.PublicDocument;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing the start of a law's short name offers the law (browser walk: 民法, 医疗 and 社保 suggested nothing,
 * the dictionary holding only the titles' words, and the segmenter cutting 民法典 into 民法 and 典).
 */
class TitleSuggestionsTest {

    private static PublicDocument doc(long id, String title) {
        return new PublicDocument(id, "T/" + id, title, null, DocumentType.POLICY, "org", "机构", "ch", "栏目",
                null, null, null, LocalDate.of(2020, 1, 1), null, null, "第一条 为了规范，制定本法。", "/documents/" + id, "ext-" + id);
    }

    private static final List<PublicDocument> DOCS = List.of(
            doc(1, "中华人民共和国民法典（第一条至第二百零四条）"),
            doc(2, "中华人民共和国民法典（第二百零五条至第四百六十二条）"),
            doc(3, "医疗保障基金使用监督管理条例"),
            doc(4, "医疗机构管理条例（2022修订）"),
            doc(5, "中华人民共和国社会保险法（2018修正）"),
            doc(6, "昆山市人民政府办公室关于进一步做好基本医疗保险和医疗救助工作的通知（征求意见稿）"),
            doc(7, "中华人民共和国劳动合同法"),
            doc(8, "关于做好政务公开工作的通知"),
            doc(9, "人民法院在线调解规则"),
            doc(10, "上海市道路交通管理条例"),
            doc(11, "中华人民共和国道路交通安全法"));

    private static List<String> names(String typed) throws Exception {
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        DocumentIndexer indexer = new DocumentIndexer(chain);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(chain.analyzer()))) {
            for (PublicDocument d : DOCS) {
                SearchIndex.write(writer, indexer, d);
            }
        }
        TitleSuggestions titles = new TitleSuggestions(chain.analyzer(), SearchFields.TITLE + indexer.primarySuffix(),
                new SearchVocabulary(Path.of("content/search")));
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            return titles.names(new IndexSearcher(reader), typed, 10);
        }
    }

    @Test
    void theStartOfALawsShortNameOffersTheLawOnceWithoutItsStateNameEditionOrArticleSpan() throws Exception {
        assertThat(names("民法")).containsExactly("民法典");
        assertThat(names("劳动")).containsExactly("劳动合同法");
    }

    @Test
    void aNameHoldingTheTypedWordsAcrossTwoOfItsWordsIsNotOffered() throws Exception {
        // 民法 in 人民法院 (人民 法院) is no word a reader sees; 道路交通 in 上海市道路交通管理条例 is
        assertThat(names("民法")).doesNotContain("人民法院在线调解规则");
        assertThat(names("道路交通")).containsExactly("道路交通安全法", "上海市道路交通管理条例");
    }

    @Test
    void namesStartingWithTheTypedWordsComeFirstAndSentenceLongTitlesAreLeftOut() throws Exception {
        assertThat(names("医疗")).containsExactly("医疗机构管理条例", "医疗保障基金使用监督管理条例");
        assertThat(names("医疗保障")).containsExactly("医疗保障基金使用监督管理条例");
    }

    @Test
    void aSynonymFindsTheNameItStandsFor() throws Exception {
        assertThat(names("社保")).containsExactly("社会保险法");
    }

    @Test
    void onlyChineseTextOfTwoOrMoreCharactersIsLookedUp() {
        assertThat(TitleSuggestions.applies("民法")).isTrue();
        assertThat(TitleSuggestions.applies("民")).isFalse();
        assertThat(TitleSuggestions.applies("minfa")).isFalse();
        assertThat(TitleSuggestions.applies("民法 典")).isFalse();
    }

    @Test
    void wordsAndNamesShareTheListNeitherHidingTheOther() {
        List<String> words = List.of("劳动保险", "劳动力", "劳动法", "劳动者", "劳动关系", "劳动保障", "劳动争议");
        assertThat(Suggester.mixed(words, List.of("劳动法", "劳动合同法"), 6))
                .containsExactly("劳动保险", "劳动力", "劳动法", "劳动合同法", "劳动者", "劳动关系");
        assertThat(Suggester.mixed(List.of(), List.of("民法典"), 10)).containsExactly("民法典");
        assertThat(Suggester.mixed(words, List.of(), 4)).containsExactly("劳动保险", "劳动力", "劳动法", "劳动者");
    }
}
