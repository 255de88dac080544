package org.zwgk.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which queries name an article of a law, and what is left of them to find the law by. */
class ArticleReferenceTest {

    @Test
    void anArticleWithItsDi() {
        assertThat(ArticleReference.in("劳动合同法第四十七条")).isEqualTo(new ArticleReference(47, "劳动合同法"));
        assertThat(ArticleReference.in("《劳动法》 第44条")).isEqualTo(new ArticleReference(44, "《劳动法》"));
        assertThat(ArticleReference.in("民法典第一千零七十九条第二款")).isEqualTo(new ArticleReference(1079, "民法典"));
        // nothing but the article: searched as typed
        assertThat(ArticleReference.in("第十条")).isEqualTo(new ArticleReference(10, "第十条"));
    }

    @Test
    void digitsAndTiaoRightAfterALawsNameWithoutDi() {
        assertThat(ArticleReference.in("民法典1079条")).isEqualTo(new ArticleReference(1079, "民法典"));
        assertThat(ArticleReference.in("民法典 1079条")).isEqualTo(new ArticleReference(1079, "民法典"));
        assertThat(ArticleReference.in("劳动法44条")).isEqualTo(new ArticleReference(44, "劳动法"));
        assertThat(ArticleReference.in("《劳动法》44条")).isEqualTo(new ArticleReference(44, "《劳动法》"));
        assertThat(ArticleReference.in("物业管理条例40条")).isEqualTo(new ArticleReference(40, "物业管理条例"));
        assertThat(ArticleReference.in("劳动法44条第2款")).isEqualTo(new ArticleReference(44, "劳动法"));
        assertThat(ArticleReference.in("劳动法 44 条 加班费")).isEqualTo(new ArticleReference(44, "劳动法 加班费"));
        // full-width digits, as typed on a phone, once the query is cleaned (NFKC)
        assertThat(ArticleReference.in(SearchRequest.clean("民法典１０７９条"))).isEqualTo(new ArticleReference(1079, "民法典"));
    }

    @Test
    void aNumberAndTiaoElsewhereIsACountNotAnArticle() {
        assertThat(ArticleReference.in("三条大狗")).isNull();
        assertThat(ArticleReference.in("故事里有3条大狗")).isNull();
        assertThat(ArticleReference.in("关于优化营商环境的10条措施")).isNull();
        assertThat(ArticleReference.in("2023年出台20条")).isNull();
        assertThat(ArticleReference.in("推广新做法20条")).as("a way of doing things, not a law (review)").isNull();
        assertThat(ArticleReference.in("管理办法20条")).isNotNull();
        assertThat(ArticleReference.in("民法典")).isNull();
        // a number beyond any law's articles names none
        assertThat(ArticleReference.in("劳动法12345条")).isNull();
    }
}
