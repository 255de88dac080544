package org.zwgk.portal.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void containersNestedThousandsDeepAreShownNotFollowed() {
        // security audit: '>' x 3000 overflowed the parser's stack, a 500 on the editor's and reviewer's pages
        String quotes = renderer.toSafeHtml(">".repeat(3000) + "x");
        assertThat(quotes).contains("x").contains("&gt;&gt;&gt;");
        assertThat(count(quotes, "<blockquote>")).isEqualTo(NestingLimit.MAX_DEPTH);
        String lists = renderer.toSafeHtml("- ".repeat(3000) + "y");
        assertThat(lists).contains("y");
        assertThat(count(lists, "<ul>")).isEqualTo(NestingLimit.MAX_DEPTH);
        assertThat(renderer.toSafeHtml("1. ".repeat(3000) + "z")).contains("z");
        // nesting a document really uses is kept
        assertThat(count(renderer.toSafeHtml("> > 引文中的引文\n\n- 一\n  - 二"), "<blockquote>")).isEqualTo(2);
    }

    @Test
    void aTableTakesTheKeyboardFocusToScrollSideways() {
        // browser walk: in 长辈版 on a phone a wide table scrolls, and without tabindex a keyboard could not scroll it
        assertThat(renderer.toSafeHtml("| 项目 | 等级 |\n| --- | --- |\n| 农村公路养护 | 优 |")).startsWith("<table tabindex=\"0\">");
        // only that value, from the renderer: a body's own markup takes no place in the tab order
        assertThat(renderer.toSafeHtml("<table tabindex=\"5\"><tr><td>一</td></tr></table>")).doesNotContain("tabindex");
        assertThat(renderer.toSafeHtml("<p tabindex=\"0\">一</p>")).doesNotContain("tabindex");
    }

    @Test
    void picturesComeFromThisSiteOnly() {
        // security audit: ![](https://evil.example/track.png) reached bodyHtml in the API, a tracking pixel for whoever reuses it
        assertThat(renderer.toSafeHtml("![示意图](/attachments/12)")).contains("<img src=\"/attachments/12\" alt=\"示意图\"");
        for (String elsewhere : java.util.List.of("https://evil.example/track.png", "//evil.example/t.png", "http://x/t.png",
                "/\\evil.example/t.png", "data:image/svg+xml;base64,PHN2Zz4=")) {
            assertThat(renderer.toSafeHtml("![图](" + elsewhere + ")")).as(elsewhere).doesNotContain("evil").doesNotContain("src=");
        }
    }

    @Test
    void thousandsOfOpeningBracketsAreText() {
        // 50,000 of them took 13 s to render on every view
        String html = renderer.toSafeHtml("[".repeat(50_000) + "链接](https://example.org)");
        assertThat(html).contains("[[[[").doesNotContain("<a ");
        assertThat(renderer.toSafeHtml("见[通知](https://www.ks.gov.cn/)")).contains("<a href=\"https://www.ks.gov.cn/\"");
    }

    @Test
    void thousandsOfUnclosedAngleBracketsAreEscapedAndShownAsTyped() {
        // security review: 100,000 of "<a " took 35 s to render, on every view of the draft
        String typed = "<a ".repeat(NestingLimit.MAX_UNCLOSED_ANGLES + 1) + "正文";
        assertThat(NestingLimit.apply(typed)).startsWith("&lt;a &lt;a ");
        assertThat(renderer.toSafeHtml(typed)).contains("&lt;a &lt;a ").contains("正文").doesNotContain("&amp;lt;");
        // in an HTML block too it is shown as typed
        String block = "<div>\n" + "1 < 2 ".repeat(NestingLimit.MAX_UNCLOSED_ANGLES + 1) + "\n</div>";
        assertThat(renderer.toSafeHtml(block)).contains("1 &lt; 2 1 &lt; 2").doesNotContain("&amp;lt;");
        // a text's few comparisons and its tags are left alone
        String ordinary = "当 a < b 且 c < d 时，见<b>附件</b>。";
        assertThat(NestingLimit.apply(ordinary)).isEqualTo(ordinary);
        String table = "<table><tr><td>一</td></tr></table>\n".repeat(3000);
        assertThat(NestingLimit.apply(table)).isEqualTo(table);
    }

    private static int count(String html, String tag) {
        return html.split(java.util.regex.Pattern.quote(tag), -1).length - 1;
    }

    @Test
    void chinesePunctuationIsWrittenAsItself() {
        String html = renderer.toSafeHtml("第一条　为了规范政府信息公开工作，制定本办法（试行）：是否适用？适用！……");

        assertThat(html).contains("为了规范政府信息公开工作，制定本办法（试行）：是否适用？适用！……");
        assertThat(html).doesNotContain("&#x");
    }

    @Test
    void fullWidthFormsOfMarkupStayReferences() {
        String html = renderer.toSafeHtml("＜script＞alert（1）＜／script＞ ＂引号＂ ＆ <script>alert(2)</script>");

        assertThat(html).doesNotContain("＜", "＞", "＂", "＆", "／", "<script");
        assertThat(html).contains("&#xff1c;script&#xff1e;alert（1）");
    }

    @Test
    void aReferenceTypedIntoTheTextStaysText() {
        // typed as text, the ampersand is escaped first: nothing is decoded into markup
        String html = renderer.toSafeHtml("写作&#x3c;script&#x3e;与&#xff0c;");

        assertThat(html).doesNotContain("<script").contains("写作&lt;script&gt;与，");
    }

    @Test
    void aSignOffKeepsItsLinesAndTheBodysHeadingsStayBelowTheTitle() {
        String html = renderer.toSafeHtml("# 一、总体要求\n\n正文。\n\n## （一）工作目标\n\n昆山市人民政府办公室\n2026年12月1日");
        org.assertj.core.api.Assertions.assertThat(html).doesNotContain("<h1>").contains("<h2 id=\"sec-1\">一、总体要求</h2>", "<h3>（一）工作目标</h3>")
                .contains("昆山市人民政府办公室<br />");
    }
}
