package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The 长辈版 switch, the 无障碍 statement, landmark names and the one search box on the search page. */
@QuarkusTest
class ReadingAidsTest {

    @Test
    void theElderSwitchKeepsItsChoiceInACookieAndReturnsToTheSamePage() {
        Document plain = page(given().get("/xxgk"));
        assertThat(plain.body().hasClass("elder")).isFalse();
        String on = plain.selectFirst(".view-switch a").attr("href");
        assertThat(plain.selectFirst(".view-switch a").text()).isEqualTo("长辈版");
        assertThat(on).isEqualTo("/elder?on=1&back=%2Fxxgk");

        Response switched = given().redirects().follow(false).urlEncodingEnabled(false).get(on);
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/xxgk");
        assertThat(switched.getDetailedCookie(ViewPreferences.ELDER_COOKIE).getValue()).isEqualTo("1");
        assertThat(switched.getDetailedCookie(ViewPreferences.ELDER_COOKIE).getMaxAge()).isGreaterThan(30L * 24 * 3600);

        Document elder = page(given().cookie(ViewPreferences.ELDER_COOKIE, "1").get("/xxgk"));
        assertThat(elder.body().hasClass("elder")).isTrue();
        assertThat(elder.selectFirst(".view-switch a").text()).isEqualTo("标准版");
        assertThat(elder.selectFirst(".view-switch a").attr("href")).isEqualTo("/elder?on=0&back=%2Fxxgk");

        Response off = given().redirects().follow(false).get("/elder?on=0&back=/xxgk");
        assertThat(off.getDetailedCookie(ViewPreferences.ELDER_COOKIE).getMaxAge()).isZero();

        String css = given().get("/css/site.css").then().extract().asString();
        assertThat(css).contains("body.elder { font-size: 20px", "body.elder .columns { display: block; }");
    }

    @Inject
    org.zwgk.portal.messages.MessageFixtures letters;

    @Test
    void onAPageAnsweringAFormTheSwitchOpensANewWindowAndLeavesThatPageOpen() {
        // browser walk: 长辈版 on a letter's receipt (its 查询密码 shown this once) went to /hudong/write, an empty
        // form, and Back could not show the receipt again; the same for a status looked up or a form shown again
        org.zwgk.portal.messages.MessageFixtures.Sent letter = letters.sent("公交站台遮雨棚损坏");
        Response followed = org.zwgk.portal.access.Staff.anonymous().post("/hudong/follow",
                java.util.Map.of("code", letter.code(), "secret", letter.secret()));
        assertThat(followed.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Element onAnswer = page(followed).selectFirst(".view-switch a");
        assertThat(onAnswer.attr("target")).isEqualTo("_blank");
        assertThat(onAnswer.text()).isEqualTo("长辈版（新窗口打开，本页保留）↗");
        // the explanation is for screen readers; the eye sees a short mark, so the header keeps one line
        assertThat(onAnswer.select(".visually-hidden").text()).isEqualTo("（新窗口打开，本页保留）");
        assertThat(onAnswer.attr("href")).isEqualTo("/elder?on=1&back=%2Fhudong%2Ffollow");
        // a page one can open again switches in place
        org.jsoup.nodes.Element onForm = page(given().get("/hudong/follow")).selectFirst(".view-switch a");
        assertThat(onForm.hasAttr("target")).isFalse();
        assertThat(onForm.text()).isEqualTo("长辈版");
    }

    @Test
    void theSwitchNeverSendsAReaderToAnotherSite() {
        for (String back : new String[]{"//evil.example/x", "https://evil.example/", "/%5C%5Cevil.example", "", "xxgk",
                // not addresses at all (security audit: a 500)
                "/%20", "/a%22", "/%7B", "/search%3Fq%3D%25"}) {
            Response r = given().redirects().follow(false).urlEncodingEnabled(false).get("/elder?on=1&back=" + back);
            assertThat(r.statusCode()).as(back).isEqualTo(303);
            assertThat(java.net.URI.create(r.header("Location")).getPath()).as(back).isEqualTo("/");
            assertThat(r.header("Location")).as(back).doesNotContain("evil");
        }
    }

    @Test
    void theAccessibilityStatementIsLinkedFromEveryPage() {
        Document home = page(given().get("/"));
        assertThat(home.select(".site-footer a[href=/accessibility]").text()).isEqualTo("无障碍声明");
        Document statement = page(given().get("/accessibility").then().statusCode(200).extract().response());
        assertThat(statement.select("h1").text()).isEqualTo("无障碍声明");
        assertThat(statement.select("main").text()).contains("GB/T 37668", "WCAG 2.1", "长辈版", "键盘");
        // review: “请通过页脚的联系方式” while the footer lists no phone or e-mail; it links the contacts page
        assertThat(statement.select("#feedback").text()).doesNotContain("页脚");
        assertThat(statement.select("#feedback a").attr("href")).isEqualTo("/about/contact");
    }

    @Test
    void landmarksHaveUniqueNamesAndTheSearchPageHasOneSearchBox() {
        for (String path : new String[]{"/", "/xxgk", "/search?q=政务公开", "/documents/" + org.zwgk.portal.SeedDocuments.seedNoticeId(), "/channels/zcwj"}) {
            Document page = page(given().get(path));
            java.util.List<String> names = page.select("nav").eachAttr("aria-label");
            assertThat(names).as("every nav on " + path + " is named").hasSize(page.select("nav").size()).doesNotContain("");
            assertThat(names).as("nav names on " + path).doesNotHaveDuplicates();
        }
        Document search = page(given().get("/search?q=政务公开"));
        assertThat(search.select("input[type=search]")).hasSize(1);
        assertThat(search.select("form[role=search]")).hasSize(1);
        assertThat(page(given().get("/xxgk")).select("header input[type=search]")).hasSize(1);
    }

    private static Document page(Response r) {
        return Jsoup.parse(r.asString());
    }
}
