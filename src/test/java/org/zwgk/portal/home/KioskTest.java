package org.zwgk.portal.home;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The 体验区 on the service hall's touch screens: touch only, large targets, back to the start when idle. */
@QuarkusTest
class KioskTest {

    static Document page(String path) {
        return Jsoup.parse(given().urlEncodingEnabled(false).get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void aVisitorBrowsesByTouchAndTheScreenReturnsToTheStartWhenIdle() {
        Document start = page("/kiosk");
        assertThat(start.select("h1").text()).isEqualTo("政务公开体验区");
        assertThat(start.select("input, textarea, select, form")).as("no keyboard needed").isEmpty();
        assertThat(start.select(".kiosk-tiles a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/kiosk/channels/"));

        // every tile leads to something, and no two tiles read the same
        for (org.jsoup.nodes.Element tile : start.select(".kiosk-tiles a")) {
            assertThat(page(tile.attr("href")).select(".kiosk-list a")).as(tile.text()).isNotEmpty();
        }
        assertThat(start.select(".kiosk-tiles a").eachText()).doesNotHaveDuplicates();
        String channel = start.select(".kiosk-tiles a").eachAttr("href").stream()
                .filter(h -> h.endsWith("/zcwj")).findFirst().orElseThrow();
        Document list = page(channel);
        assertThat(list.select(".kiosk-list a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/kiosk/documents/"));

        Document doc = page(list.select(".kiosk-list a").first().attr("href"));
        assertThat(doc.select("article h1").text()).isNotBlank();
        assertThat(doc.select("input, textarea, select, form")).isEmpty();

        for (Document d : new Document[]{start, list, doc}) {
            assertThat(d.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("120;url=/kiosk");
            assertThat(d.select("header a.kiosk-button").attr("href")).isEqualTo("/kiosk");
        }
        // citizen walk: the State Council's regulation read as issued by 昆山市人民政府办公室
        Document laws = page("/kiosk/channels/flfg");
        assertThat(laws.select(".kiosk-list a:contains(政府信息公开条例) .doc-meta").eachText()).isNotEmpty()
                .allMatch(t -> t.startsWith("国务院"));
        String css = given().get("/css/site.css").then().extract().asString();
        assertThat(css).contains(".kiosk-button { display: inline-block; min-height: 64px;");
    }
}
