package org.zwgk.portal.messages;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public list of published messages: a page number as typed is read the way every list page reads it (a number
 * that is none gives the first page, saying so: web.PageAsked).
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class HudongListPagesTest {

    @Test
    void aHugeOrNonNumericPageIsTheFirstPageSayingSoNotAnOverflow() {
        Response huge = given().get("/hudong?page=200000000");
        assertThat(huge.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(huge.asString()).select("#bad-page").text()).isEqualTo("“200000000”不是有效的页码，下面是第 1 页。");
        Response word = given().get("/hudong?page=abc");
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(word.asString()).select("#bad-page").text()).isEqualTo("“abc”不是有效的页码，下面是第 1 页。");
        assertThat(org.jsoup.Jsoup.parse(word.asString()).select("h1").text()).isEqualTo("互动交流");
        assertThat(given().get("/hudong?page=1").statusCode()).isEqualTo(200);
        assertThat(given().get("/hudong").statusCode()).isEqualTo(200);
    }
}
