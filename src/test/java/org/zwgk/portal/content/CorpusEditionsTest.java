package org.zwgk.portal.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The titles of a law's parts, without the database (the search evaluation titles its index with them too). */
class CorpusEditionsTest {

    /** The 民法典's 附则 as the corpus files it (law-02435): two articles under an empty heading. */
    static final String SUPPLEMENTARY = "##\n\n第一千二百五十九条 民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数。\n\n"
            + "第一千二百六十条 本法自2021年1月1日起施行。《中华人民共和国婚姻法》……同时废止。";

    @Test
    void aPartOfTwoArticlesIsTitledWithItsSpan() {
        // review: /documents/2475 kept the plain 中华人民共和国民法典 (the span wanted three articles)
        assertThat(CorpusImporter.Editions.partTitle("中华人民共和国民法典", SUPPLEMENTARY))
                .isEqualTo("中华人民共和国民法典（第一千二百五十九条至第一千二百六十条）");
        assertThat(CorpusImporter.Editions.startsAfterFirstArticle(SUPPLEMENTARY)).isTrue();
    }

    @Test
    void thePartFromTheFirstArticleCarriesItsSpanAndSaysItIsNoLaterPart() {
        String general = "## 第一章　基本规定\n\n第一条 为了保护民事主体的合法权益，制定本法。\n\n第二条 民法调整……\n\n## 第十章 期间计算\n\n第二百零四条 期间的计算方法依照本法的规定。";
        assertThat(CorpusImporter.Editions.partTitle("中华人民共和国民法典", general))
                .isEqualTo("中华人民共和国民法典（第一条至第二百零四条）");
        assertThat(CorpusImporter.Editions.startsAfterFirstArticle(general)).isFalse();
        assertThat(CorpusImporter.Editions.partTitle("测试法", "第一千零一条 只有一条。")).isEqualTo("测试法（第一千零一条）");
        assertThat(CorpusImporter.Editions.partTitle("测试法", "没有条文。")).isEqualTo("测试法");
        assertThat(CorpusImporter.Editions.startsAfterFirstArticle("没有条文。")).isFalse();
    }
}
