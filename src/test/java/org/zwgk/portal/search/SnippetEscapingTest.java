package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.Eventually;
import org.zwgk.portal.workflow.Fixtures;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets are HTML escaped exactly once: an apostrophe, &, < and > read as typed on the page and in the API. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class SnippetEscapingTest {

    /** As the page shows the body: the tags of its HTML are not text (the page renders 粗体 bold), the characters are. */
    static final String ESCAPED = "O&#39;Brien &amp; 粗体 与 &quot;引号&quot;";

    @Inject
    Fixtures fixtures;

    @Test
    void aBodyWithAnApostropheAmpersandAndAngleBracketsIsEscapedOnce() {
        fixtures.published("czyjs", "鄂尔多斯奥布莱恩声明：O'Brien & <b>粗体</b> 与 \"引号\" 都应原样显示。");
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(RestAssured.given().queryParam("q", "奥布莱恩声明")
                .get("/api/v1/search").jsonPath().getInt("total")).isEqualTo(1));

        String snippet = RestAssured.given().queryParam("q", "奥布莱恩声明").get("/api/v1/search").jsonPath().getString("results[0].snippet");
        assertThat(snippet).contains(ESCAPED).contains("<em>").doesNotContain("x27").doesNotContain("&amp;amp;")
                .doesNotContain("&amp;#").doesNotContain("<b>");
        String page = RestAssured.given().queryParam("q", "奥布莱恩声明").get("/search").asString();
        assertThat(page).contains(ESCAPED).doesNotContain("x27").doesNotContain("& x2F;").doesNotContain("<b>粗体");
    }

    @Test
    void aScriptInABodyIsNotTextInItsSnippet() {
        // browser walk: the page drops the script, the result showed "<script>alert(1)</script>" as its words
        fixtures.published("czyjs", "值班安排：元旦值班表如下。<script>alert(1)</script><!-- 内部备注 -->请各单位遵照执行。");
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(RestAssured.given().queryParam("q", "元旦值班表")
                .get("/api/v1/search").jsonPath().getInt("total")).isEqualTo(1));
        String snippet = RestAssured.given().queryParam("q", "元旦值班表").get("/api/v1/search").jsonPath().getString("results[0].snippet");
        assertThat(snippet).contains("值班表").contains("请各单位遵照执行").doesNotContain("alert").doesNotContain("script")
                .doesNotContain("内部备注");
    }

    @Test
    void aLinkIsItsWordsInASnippetAndItsAddressFindsNothing() {
        // browser walk: a task result's snippet read [第1项](/plans/kunshan-2018/rows/1), and its address was searchable
        fixtures.published("czyjs", "蓼汀花溆落实任务：《供暖保障方案》[第1项](/plans/qxlinkplan-2018/rows/1) 佐证材料："
                + "[市政府办公室关于供暖保障的通知](/documents/3 \"通知\") ![供暖示意图](/files/qxlinkpicture.png)");
        // a word of this document alone: another sharing some of its words must not pass for it while it is indexed
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(RestAssured.given().queryParam("q", "蓼汀花溆")
                .get("/api/v1/search").jsonPath().getString("results[0].snippet")).contains("蓼汀花溆"));
        String snippet = RestAssured.given().queryParam("q", "蓼汀花溆").get("/api/v1/search").jsonPath().getString("results[0].snippet");
        assertThat(snippet.replaceAll("</?em>", "")).contains("第1项", "市政府办公室关于供暖保障的通知", "供暖示意图")
                .doesNotContain("](", "/plans", "/documents/3", "qxlink");
        assertThat(RestAssured.given().queryParam("q", "qxlinkplan").get("/api/v1/search").jsonPath().getInt("total")).isZero();
        assertThat(RestAssured.given().queryParam("q", "qxlinkpicture").get("/api/v1/search").jsonPath().getInt("total")).isZero();
    }
}
