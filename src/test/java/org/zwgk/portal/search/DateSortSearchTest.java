package org.zwgk.portal.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.Eventually;
import org.zwgk.portal.workflow.Fixtures;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class DateSortSearchTest {

    @Inject
    Fixtures fixtures;

    static JsonPath search(String q, String sort) {
        return given().queryParam("q", q).queryParam("sort", sort).queryParam("size", 50).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void sortedByDateTheListHoldsTheWordAsTypedNotItsParts() {
        // browser walk: 个人所得税 by date was led by 古树名木保护条例, newest of the texts holding only 个人, 人所, 所得
        long holder = fixtures.published("czj-qt", "关于鲲鹏特许税征收事项的通知：鲲鹏特许税按季申报。");
        long parts = fixtures.published("czj-qt", "鲲鹏展翅的宣传片里，小鹏特别高兴；本市特许经营项目另行公布。");
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(search("鲲鹏特许税", "relevance").getList("results.id", Long.class))
                .contains(holder, parts));

        JsonPath relevance = search("鲲鹏特许税", "relevance");
        assertThat(relevance.getLong("results[0].id")).as("by relevance the word comes first").isEqualTo(holder);

        JsonPath byDate = search("鲲鹏特许税", "date");
        assertThat(byDate.getList("results.id", Long.class)).as("by date: the newer text holds only parts of the word")
                .contains(holder).doesNotContain(parts);
        assertThat(byDate.getInt("total")).isEqualTo(byDate.getList("results").size());
        // the page says the list is kept to the words as typed, and how to see the rest (browser walk: 55 by relevance, 2 by date)
        assertThat(byDate.getBoolean("wordsAsTyped")).isTrue();
        assertThat(relevance.getBoolean("wordsAsTyped")).isFalse();
        org.jsoup.nodes.Element note = org.jsoup.Jsoup.parse(given().queryParam("q", "鲲鹏特许税").queryParam("sort", "date")
                .get("/search").asString()).selectFirst("#words-as-typed");
        assertThat(note).as("the note on the page").isNotNull();
        assertThat(note.text()).contains("只列出含有所输词语原文");
        assertThat(note.select("a").attr("href")).contains("sort=relevance").contains("q=");

        // the words as typed held by nothing: by date, what holds their parts, as before
        JsonPath partsOnly = search("鲲鹏特别", "date");
        assertThat(partsOnly.getList("results.id", Long.class)).contains(parts);
        JsonPath loose = search("鹏特许经", "date");
        assertThat(loose.getList("results.id", Long.class)).as("nothing holds 鹏特许经: by its parts").isNotEmpty();
    }
}
