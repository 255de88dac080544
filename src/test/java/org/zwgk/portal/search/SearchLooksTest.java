package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.common.PortalConfig;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What a citizen notices on the search page: pinyin initials, facets that add up, years that agree. */
@QuarkusTest
class SearchLooksTest {

    static Document page(String query) {
        return Jsoup.parse(given().urlEncodingEnabled(true).queryParam("q", query).get("/search").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void pinyinInitialsRunTheSearchTheyStandForAndSaySo() {
        Document page = page("zwgk");
        Element note = page.selectFirst(".pinyin-note");
        assertThat(note).isNotNull();
        assertThat(note.text()).startsWith("已按“政务公开”检索。").contains("仍搜索 zwgk");
        assertThat(page.select(".results .result-title").eachText()).contains(SearchTest.SEED_TITLE);
        assertThat(page.selectFirst("#q").attr("value")).isEqualTo("政务公开");

        // the reader can insist on the letters as typed
        String asTyped = note.selectFirst("a").attr("href");
        assertThat(asTyped).contains("q=zwgk", "verbatim=1");
        Document verbatim = Jsoup.parse(given().urlEncodingEnabled(false).get(asTyped).then().statusCode(200).extract().asString());
        assertThat(verbatim.select(".pinyin-note")).isEmpty();
        assertThat(verbatim.select(".results li")).isEmpty();

        // words are never rewritten
        assertThat(page("政务公开").select(".pinyin-note")).isEmpty();
    }

    @Test
    void topicFacetsCountEachDocumentOnceUnderItsOwnTopic() {
        JsonPath r = given().queryParam("q", "政务公开").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> topics = r.getList("facets.topic");
        assertThat(topics).extracting(t -> t.get("value")).contains("zhzw-zwgk").doesNotContain("zhzw");
        // named under its parent, as the catalogue lists it (a citizen saw 综合政务 there and 政务公开 here)
        assertThat(topics).filteredOn(t -> "zhzw-zwgk".equals(t.get("value"))).singleElement()
                .satisfies(t -> assertThat(t.get("label")).isEqualTo("综合政务 · 政务公开"));
        long sum = topics.stream().mapToLong(t -> ((Number) t.get("count")).longValue()).sum();
        assertThat(sum).isLessThanOrEqualTo(r.getLong("total"));
        // the parent topic still finds its children's documents
        List<String> byParent = given().queryParam("q", "政务公开").queryParam("topic", "zhzw").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("results.title");
        assertThat(byParent).contains(SearchTest.SEED_TITLE);
    }

    @Test
    void theYearFacetAgreesWithTheDateResultsShow() {
        JsonPath r = given().queryParam("q", "政府信息公开").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> years = r.getList("facets.year");
        assertThat(years).isNotEmpty();
        for (Map<String, Object> year : years) {
            String y = (String) year.get("value");
            JsonPath filtered = given().queryParam("q", "政府信息公开").queryParam("year", y).queryParam("size", 50)
                    .get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            assertThat(filtered.getLong("total")).as("count for " + y).isEqualTo(((Number) year.get("count")).longValue());
            for (String published : filtered.<String>getList("results.publishedAt")) {
                assertThat(Integer.toString(Instant.parse(published).atZone(PortalConfig.ZONE).getYear()))
                        .as("shown date of a result in " + y).isEqualTo(y);
            }
        }
    }
}
