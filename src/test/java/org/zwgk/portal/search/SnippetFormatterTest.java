package org.zwgk.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.portal.search.SnippetFormatter.END;
import static org.zwgk.portal.search.SnippetFormatter.START;

class SnippetFormatterTest {

    @Test
    void escapesOnceAndMarksMatches() {
        assertThat(SnippetFormatter.toHtml("## " + START + "O'Brien" + END + " & <b>粗体</b> #1 \"x\"", 100))
                .as("the tags of HTML in a body are not text, as on the page").isEqualTo("<em>O&#39;Brien</em> &amp; 粗体 1 &quot;x&quot;");
    }

    @Test
    void aMarkEscapedInTheMarkdownIsText() {
        // a published letter is literal Markdown: its masked numbers and any < stand escaped
        assertThat(SnippetFormatter.toHtml("我的" + START + "电话" + END + "是139\\*\\*\\*\\*5678，\\<img\\> \\# 号", 100))
                .isEqualTo("我的<em>电话</em>是139****5678，&lt;img&gt; # 号");
    }

    @Test
    void aCutInsideAMatchClosesIt() {
        assertThat(SnippetFormatter.toHtml("政务" + START + "公开工作" + END, 4)).isEqualTo("政务<em>公</em>…");
    }

    @Test
    void oneCharacterTypedIsMarkedAloneNotThePairsItStarts() {
        // browser walk: 税 marked 税额, 税所 and missed 得税
        assertThat(SnippetFormatter.toHtml(SnippetFormatter.markingOnly("应纳" + START + "税额" + END + "与所得税、稅率", "税"), 100))
                .isEqualTo("应纳<em>税</em>额与所得<em>税</em>、<em>稅</em>率");
    }

    @Test
    void aPairStraddlingTwoWordsOfTheTextIsNotMarkedUnlessTyped() {
        // browser walk: 民法典 marked the 民法 of 人民法院 (人民 法院); the text's words: 人民法院 | 适用 | 民法典
        java.util.function.Function<String, java.util.Set<Integer>> bounds = text -> java.util.Set.of(0, 4, 6, 9);
        String marked = "人" + START + "民法" + END + "院适用" + START + "民法典" + END;
        assertThat(SnippetFormatter.toHtml(SnippetFormatter.withoutStraddlingPairs(marked, java.util.Set.of("民法典"), bounds), 100))
                .isEqualTo("人民法院适用<em>民法典</em>");
        // typed as a word of its own, the pair stays marked wherever it stands
        assertThat(SnippetFormatter.toHtml(SnippetFormatter.withoutStraddlingPairs(marked, java.util.Set.of("民法"), bounds), 100))
                .isEqualTo("人<em>民法</em>院适用<em>民法典</em>");
        // a pair that is a word of the text stays marked: 适用 (4..6)
        String word = "人民法院" + START + "适用" + END + "民法典";
        assertThat(SnippetFormatter.withoutStraddlingPairs(word, java.util.Set.of("民法典适用"), bounds)).isEqualTo(word);
    }
}
