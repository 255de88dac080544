package org.zwgk.portal.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws are split into their articles for search, and the document page anchors them (art-N). */
class ArticlesTest {

    private static final String LAW = """
            - 2020年5月28日 第十三届全国人民代表大会第三次会议通过

            ## 第一章  总则

            第一条 为了保护民事主体的合法权益，制定本法。

            第二条 民法调整平等主体之间的人身关系和财产关系。

            ## 第二章  自然人

            第一百零五条 自然人从出生时起到死亡时止，具有民事权利能力。

            前款规定的情形，依照第二条处理。

            第一千二百六十条 本法自2021年1月1日起施行。
            """;

    @Test
    void chineseArticleNumbersAreRead() {
        assertThat(Articles.parse("一")).isEqualTo(1);
        assertThat(Articles.parse("十")).isEqualTo(10);
        assertThat(Articles.parse("十二")).isEqualTo(12);
        assertThat(Articles.parse("二十")).isEqualTo(20);
        assertThat(Articles.parse("一百零五")).isEqualTo(105);
        assertThat(Articles.parse("一千二百六十")).isEqualTo(1260);
        assertThat(Articles.parse("两百")).isEqualTo(200);
        assertThat(Articles.number("第三条 内容")).isEqualTo(3);
        assertThat(Articles.number("第三条规定的情形")).as("a reference to an article is not its start").isEqualTo(-1);
    }

    @Test
    void aLawIsSplitIntoItsArticlesWithTheirChapters() {
        var articles = Articles.split(LAW);
        assertThat(articles).extracting(Articles.Article::number).containsExactly(1, 2, 105, 1260);
        assertThat(articles.get(2).text()).startsWith("第一百零五条 自然人").contains("前款规定的情形");
        assertThat(articles.get(2).context()).isEqualTo("第二章  自然人");
        assertThat(articles.get(0).text()).doesNotContain("第二章");
    }

    @Test
    void aTextWithoutArticlesHasNone() {
        assertThat(Articles.split("关于开展政务公开工作的通知。\n\n第一条 只有一条。")).isEmpty();
        assertThat(Articles.split(null)).isEmpty();
    }

    @Test
    void theDocumentPageAnchorsEachArticle() {
        String html = new MarkdownRenderer().toSafeHtml(LAW);
        assertThat(html).contains("<p id=\"art-1\">第一条").contains("<p id=\"art-105\">第一百零五条")
                .contains("<p id=\"art-1260\">");
        assertThat(new MarkdownRenderer().toSafeHtml("<p id=\"evil\">x</p>\n\n第一条 a")).doesNotContain("evil");
        // its sections too, for the page's contents
        String sections = new MarkdownRenderer().toSafeHtml("## 第一章 总则\n\n第一条 a\n\n## 第二章 附则\n\n第二条 b\n\n## 第三章 c\n\n<h2 id=\"evil\">x</h2>");
        assertThat(sections).contains("<h2 id=\"sec-1\">第一章 总则</h2>").contains("<h2 id=\"sec-3\">第三章 c</h2>").doesNotContain("evil");
        assertThat(Sections.of(sections)).extracting(Sections.Section::title).containsExactly("第一章 总则", "第二章 附则", "第三章 c");
    }
}
