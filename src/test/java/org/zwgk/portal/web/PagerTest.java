package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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
}
