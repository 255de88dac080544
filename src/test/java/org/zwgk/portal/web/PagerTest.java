package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.Eventually;

import java.time.Duration;
import org.zwgk.portal.workflow.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class PagerTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aListOfManyPagesLinksItsNumbersAndMarksTheCurrentOne() {
        // browser walk: the pager was 上一页 / 第 2 页，共 N 页 / 下一页 only; the last page was N clicks away
        String channel = fixtures.channel("szfb");
        for (int i = 0; i < 2 * PageRequest.DEFAULT_SIZE + 1; i++) {
            fixtures.published(channel);
        }
        String list = Routes.channel(channel);
        Document first = Jsoup.parse(RestAssured.given().get(list).asString());
        int pages = Integer.parseInt(first.select(".pager-status").text().replaceAll(".*共 (\\d+) 页.*", "$1"));
        assertThat(pages).isEqualTo(3);
        assertThat(first.select(".pager-current").text()).isEqualTo("1");
        assertThat(first.select(".pager-current").attr("aria-current")).isEqualTo("page");
        assertThat(first.select(".pager-numbers a[href$=page=" + pages + "]").text()).isEqualTo(String.valueOf(pages));
        assertThat(first.select(".pager-numbers a[href$=page=2]").attr("aria-label")).isEqualTo("第 2 页");

        Document second = Jsoup.parse(RestAssured.given().get(list + "?page=2").asString());
        assertThat(second.select(".pager-current").text()).isEqualTo("2");
        assertThat(second.select(".pager-numbers a").eachText()).contains("1", "3", String.valueOf(pages));
        assertThat(second.select(".pager-numbers a[href$=page=1]").attr("href")).startsWith(list + "?");
    }

    @Test
    void aLongSearchCanJumpToATypedPageKeepingItsWordsAndFilter() {
        // browser walk: a list of many pages had no way to reach page 23 but clicking through the numbers
        String channel = fixtures.channel("czj");
        for (int i = 0; i < 71; i++) {
            fixtures.published(channel, "跳页核对专用通知第" + i + "号：鹬蚌相争的公告正文。");
        }
        Eventually.within(Duration.ofSeconds(10), () -> assertThat(RestAssured.given().queryParam("q", "鹬蚌相争")
                .queryParam("channel", channel).get("/api/v1/search").jsonPath().getInt("total")).isEqualTo(71));

        Document first = Jsoup.parse(RestAssured.given().queryParam("q", "鹬蚌相争").queryParam("channel", channel)
                .get("/search").asString());
        org.jsoup.nodes.Element jump = first.selectFirst(".pager form.pager-jump");
        assertThat(jump).as("eight pages: numbers are left out, a page can be typed").isNotNull();
        assertThat(jump.attr("method")).isEqualTo("get");
        assertThat(jump.attr("action")).isEqualTo("/search");
        assertThat(jump.select("input[type=hidden][name=q]").val()).isEqualTo("鹬蚌相争");
        assertThat(jump.select("input[type=hidden][name=channel]").val()).isEqualTo(channel);
        assertThat(jump.select("input[type=hidden][name=page]")).isEmpty();
        assertThat(jump.select("input[name=page]").attr("max")).isEqualTo("8");

        // what the browser sends when 6 is typed: the form's fields, then the page
        var sent = RestAssured.given();
        for (org.jsoup.nodes.Element hidden : jump.select("input[type=hidden]")) {
            sent = sent.queryParam(hidden.attr("name"), hidden.val());
        }
        Document sixth = Jsoup.parse(sent.queryParam("page", "6").get(jump.attr("action")).asString());
        assertThat(sixth.select(".pager-current").text()).isEqualTo("6");
        assertThat(sixth.select("#q, input[name=q]").first().val()).isEqualTo("鹬蚌相争");
        assertThat(sixth.text()).contains("鹬蚌相争");

        Document few = Jsoup.parse(RestAssured.given().get(Routes.channel(fixtures.channel("czj"))).asString());
        assertThat(few.select("form.pager-jump")).as("a list without gaps in its numbers needs no jump").isEmpty();
    }
}
