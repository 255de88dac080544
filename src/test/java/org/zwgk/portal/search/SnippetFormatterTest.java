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
}
