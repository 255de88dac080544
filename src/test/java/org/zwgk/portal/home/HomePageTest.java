package org.zwgk.portal.home;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.workflow.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page: 通知公告 first once it has something, organizations as a directory of names. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class HomePageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void noticesComeFirstOnceTheChannelHasSomethingAndOrganizationsAreADirectory() {
        long id = fixtures.published("tzgg");
        Document home = Jsoup.parse(RestAssured.given().get("/").asString());
        // the news and notice channels with something in them lead the page (other tests may add notice channels of their own)
        assertThat(home.select(".main-col section").first().hasClass("home-block")).isTrue();
        assertThat(home.select(".main-col section.home-block h2").eachText()).contains("通知公告");
        assertThat(home.select("#block-tzgg").first().parent().select("a[href=/documents/" + id + "]")).hasSize(1);
        assertThat(home.select(".org-directory li")).hasSizeGreaterThan(10);
        assertThat(home.select(".org-directory").text()).as("no wall of counts").doesNotContainPattern("\\b0\\b");
        assertThat(home.select(".org-directory a").first().attr("href")).startsWith("/xxgk?org=");
    }

    @Test
    void theCatalogDoesNotCountZeroBesideAParentWhoseOfficesPublish() {
        fixtures.published("tzgg");
        Document catalog = Jsoup.parse(RestAssured.given().get("/xxgk").asString());
        org.jsoup.select.Elements lines = catalog.select("ul.entry-list").first().select("li");
        int headings = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int depth = depth(lines.get(i));
            if (depth(lines.get(i + 1)) > depth) {
                String count = lines.get(i).select(".count").text();
                assertThat(count).as(lines.get(i).text()).isNotEqualTo("0");
                headings += count.isEmpty() ? 1 : 0;
            }
        }
        assertThat(headings).as("昆山市人民政府 heads its offices without a count").isPositive();
        assertThat(catalog.select("ul.entry-list").first().select("li:contains(昆山市人民政府办公室) .count").text()).isNotEqualTo("0");
        // a topic counts the documents of its subtopics too: every topic line has its count, 0 or not
        org.jsoup.select.Elements topics = catalog.select("ul.entry-list").get(1).select("li");
        assertThat(topics).isNotEmpty().allSatisfy(li -> assertThat(li.select(".count")).as(li.text()).hasSize(1));
    }

    @Test
    void lettersAndTheAnswersKnowledgeBaseAreNotInTheCatalogueNorItsLatestButOnTheirOwnPages() {
        // browser walk: 34 一号答 answers (typed 解读) filled the catalogue's first page and its 解读 count, and a
        // citizen's letter answered today headed it
        Document before = Jsoup.parse(RestAssured.given().get("/xxgk").asString());
        long letter = fixtures.published(org.zwgk.portal.channels.Channel.LETTERS);
        long answer = fixtures.published(org.zwgk.portal.channels.Channel.ANSWERS);
        long notice = fixtures.published("tzgg");
        Document catalog = Jsoup.parse(RestAssured.given().get("/xxgk").asString());
        assertThat(catalog.select("a[href=/documents/" + notice + "]")).hasSize(1);
        assertThat(catalog.select("a[href=/documents/" + letter + "], a[href=/documents/" + answer + "]")).isEmpty();
        assertThat(total(catalog)).as("the notice only").isEqualTo(total(before) + 1);
        assertThat(count(catalog, "/xxgk?org=szfb")).as("nor in the organizations' counts").isEqualTo(count(before, "/xxgk?org=szfb") + 1);
        // chosen by name, their channel lists them
        assertThat(Jsoup.parse(RestAssured.given().get("/xxgk?channel=" + org.zwgk.portal.channels.Channel.LETTERS).asString())
                .select("a[href=/documents/" + letter + "]")).hasSize(1);
        Document home = Jsoup.parse(RestAssured.given().get("/").asString());
        org.jsoup.select.Elements latest = home.select("section[aria-labelledby=latest]");
        assertThat(latest.select("a[href=/documents/" + notice + "]")).as("最新信息").hasSize(1);
        assertThat(latest.select("a[href=/documents/" + letter + "], a[href=/documents/" + answer + "]")).isEmpty();
    }

    @Test
    void entriesWithNothingUnderThemAreNamesNotLinksToEmptyLists() {
        // review: 19 of 21 topics showed 0 and still led to an empty list
        fixtures.published("tzgg");
        for (String path : new String[]{"/", "/xxgk"}) {
            Document page = Jsoup.parse(RestAssured.given().get(path).asString());
            org.jsoup.select.Elements lines = page.select("ul.entry-list li");
            assertThat(lines).as(path).isNotEmpty();
            for (org.jsoup.nodes.Element li : lines) {
                String count = li.select(".count").text();
                if (count.isEmpty() || count.equals("0")) {
                    assertThat(li.select("a")).as(path + ": " + li.text()).isEmpty();
                    assertThat(li.select(".entry-empty").text()).as(path + ": the name stays").isNotBlank();
                } else {
                    assertThat(li.select("a")).as(path + ": " + li.text()).hasSize(1);
                }
            }
        }
        // browser walk: 19 of 21 topics with a 0 each made the catalogue look empty: the empty ones are named
        // together below the others, folded
        for (String path : new String[]{"/", "/xxgk"}) {
            Document page = Jsoup.parse(RestAssured.given().get(path).asString());
            org.jsoup.select.Elements folded = page.select("details.entry-empties");
            assertThat(folded).as(path).isNotEmpty();
            assertThat(folded.first().select("summary").text()).as(path).matches("暂无信息的分类（\\d+ 个）");
            assertThat(folded.select("a")).as(path).isEmpty();
            // a sub-topic named with its parent: folded, the tree's indentation is gone (quick browser check)
            assertThat(folded.select(".entry-empty").eachText()).as(path).allSatisfy(n -> assertThat(n).doesNotEndWith("／"))
                    .filteredOn(n -> n.contains("政府建设")).allSatisfy(n -> assertThat(n).isEqualTo("综合政务／政府建设"));
        }
        assertThat(Jsoup.parse(RestAssured.given().get("/").asString()).select("ul.entry-list .count").eachText())
                .as("the home page's topics and genres: none listed with a 0").isNotEmpty().doesNotContain("0");
        // the home page's directory of organizations: a name is a link only to a list with documents in it
        Document home = Jsoup.parse(RestAssured.given().get("/").asString());
        assertThat(home.select(".org-directory .entry-empty")).as("organizations without documents stay named").isNotEmpty();
        assertThat(home.select(".org-directory a")).isNotEmpty().allSatisfy(a -> assertThat(total(Jsoup.parse(
                RestAssured.given().get(a.attr("href")).asString()))).as(a.text()).isPositive());
    }

    @Test
    void theCataloguesTitleSaysWhichListAndWhichPage() {
        // review: the tab read 政府信息公开目录 whatever the heading said (WCAG 2.4.2)
        fixtures.published("tzgg");
        for (String query : new String[]{"", "?org=szfb", "?topic=" + firstTopic(), "?type=POLICY", "?org=szfb&type=INTERPRETATION"}) {
            Document page = Jsoup.parse(RestAssured.given().get("/xxgk" + query).asString());
            assertThat(page.title()).as(query).startsWith(page.select("h1").text() + " - ");
        }
        Document second = Jsoup.parse(RestAssured.given().get("/xxgk?org=szfb&page=2").asString());
        assertThat(second.title()).startsWith(second.select("h1").text() + " · 第2页 - ");
        assertThat(Jsoup.parse(RestAssured.given().get("/xxgk?page=1").asString()).title()).doesNotContain("第1页");
    }

    private static String firstTopic() {
        String href = Jsoup.parse(RestAssured.given().get("/xxgk").asString()).select("#catalog-filters a[href*=topic=]").first().attr("href");
        return href.substring(href.indexOf("topic=") + 6);
    }

    private static long total(Document page) {
        return Long.parseLong(page.select("p.total").text().replaceAll("\\D", ""));
    }

    /** An entry's count; an entry without documents is its name, not a link (0). */
    private static long count(Document page, String href) {
        org.jsoup.nodes.Element c = page.select("a[href=" + href + "] .count, li:has(a[href=" + href + "]) .count").first();
        return c == null || c.text().isEmpty() ? 0 : Long.parseLong(c.text().replaceAll("\\D", ""));
    }

    private static int depth(org.jsoup.nodes.Element line) {
        return Integer.parseInt(line.className().replaceAll(".*depth-(\\d+).*", "$1"));
    }

    @Test
    void everyOrganizationsNoticeColumnsDoNotEachGetABlock() {
        long notice = fixtures.published("tzgg");
        for (String org : new String[]{"czj", "jyj", "mzj", "rsj", "gtj", "hbj"}) {
            fixtures.published(org + "-jggk");
        }
        Document home = Jsoup.parse(RestAssured.given().get("/").asString());
        assertThat(home.select(".main-col section.home-block")).as("the page stays the same size however many organizations publish")
                .hasSizeLessThanOrEqualTo(HomeResource.MAX_BLOCKS);
        assertThat(home.select("#block-tzgg").first().parent().select("a[href=/documents/" + notice + "]"))
                .as("the portal's own notices keep their block").hasSize(1);
        // newcomer walk: an organization's channel stood as 其他 or 机构概况 alone; it names its organization
        assertThat(home.select("section[aria-labelledby=sections] a[href=/channels/czj-jggk]").text()).isEqualTo("市财政局 · 机构概况");
        assertThat(home.select(".main-col section.home-block h2").eachText()).allMatch(t -> !t.equals("机构概况") && !t.equals("其他"));
    }
}
