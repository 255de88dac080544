package org.zwgk.portal.about;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zwgk.portal.SeedDocuments;
import org.zwgk.portal.access.Staff;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every page carries (navigation, footer, feeds in the head) and the files robots and readers fetch. */
@QuarkusTest
class SiteFrameTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    static org.w3c.dom.Document xml(Response r) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.asByteArray()));
    }

    static List<String> texts(org.w3c.dom.Node parent, String ns, String name) {
        NodeList nodes = parent instanceof org.w3c.dom.Document d ? d.getElementsByTagNameNS(ns, name)
                : ((Element) parent).getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void theMainNavigationHasTheFiveEntriesAndNoneDownloadsAFile() {
        Document home = Jsoup.parse(RestAssured.get("/").asString());
        var nav = home.select("header nav a");
        assertThat(nav.eachText()).containsExactly("首页", "政府信息公开", "政策文件/解读", "互动交流", "办事服务");
        assertThat(nav.eachAttr("href")).noneMatch(h -> h.contains("/q/openapi"));
        for (String href : nav.eachAttr("href")) {
            Response r = RestAssured.get(href);
            assertThat(r.statusCode()).as(href).isEqualTo(200);
            assertThat(r.contentType()).as(href).startsWith("text/html");
        }
        org.jsoup.nodes.Document services = Jsoup.parse(RestAssured.get("/about/services").asString());
        assertThat(services.text()).contains("12345");
        // the provincial service site is a link (review: plain text www.jszwfw.gov.cn), leaving without a handle on this page
        org.jsoup.nodes.Element jszwfw = services.selectFirst("main a[href^=https://www.jszwfw.gov.cn]");
        assertThat(jszwfw).isNotNull();
        assertThat(jszwfw.attr("rel")).contains("noopener");
    }

    @Test
    void theMainNavigationMarksTheSectionThePageIsIn() {
        // review: nothing in the menu said where one was; aria-current="page" on the entry's own page, "true" under it
        String[][] cases = {
                {"/", "首页", "page"}, {"/xxgk", "政府信息公开", "page"}, {"/xxgk?org=szfb", "政府信息公开", "true"},
                {"/xxgk/guide", "政府信息公开", "true"}, {"/records", "政府信息公开", "true"}, {"/ysqgk", "政府信息公开", "true"},
                {"/xxgk?type=POLICY", "政策文件/解读", "page"}, {"/xxgk?type=INTERPRETATION", "政策文件/解读", "true"},
                {"/hudong", "互动交流", "page"}, {"/hudong/write", "互动交流", "true"}, {"/about/services", "办事服务", "page"}};
        for (String[] c : cases) {
            var current = Jsoup.parse(RestAssured.get(c[0]).asString()).select("header nav a[aria-current]");
            assertThat(current.eachText()).as(c[0]).containsExactly(c[1]);
            assertThat(current.attr("aria-current")).as(c[0]).isEqualTo(c[2]);
        }
        for (String path : new String[]{"/search?q=政务公开", "/about/contact"}) {
            assertThat(Jsoup.parse(RestAssured.get(path).asString()).select("header nav a[aria-current]")).as(path).isEmpty();
        }
    }

    @Test
    void theDeveloperPageExplainsThePublicApiWithExamples() {
        Document home = Jsoup.parse(RestAssured.get("/").asString());
        String href = home.selectFirst("footer a:contains(开发者)").attr("href");
        Document dev = Jsoup.parse(RestAssured.get(href).asString());
        String text = dev.text();
        assertThat(text).contains("/api/v1/search").contains("/api/v1/documents").contains("/api/v1/suggest").contains("curl");
        assertThat(dev.select("a").eachAttr("href")).anyMatch(h -> h.startsWith("/q/openapi"));
        assertThat(dev.select("header nav a").eachAttr("href")).noneMatch(h -> h.contains("/q/openapi"));
    }

    @Test
    void theFooterLinksItsPagesAndShowsNoPlaceholder() {
        Document home = Jsoup.parse(RestAssured.get("/").asString());
        var footer = home.selectFirst("footer");
        assertThat(footer.select("a").eachText()).contains("联系我们", "网站地图", "我为政府网站找错", "隐私声明", "网站声明");
        assertThat(footer.selectFirst("a:contains(我为政府网站找错)").attr("href")).startsWith("https://zfwzzc.www.gov.cn/");
        assertThat(footer.text()).contains("主办单位：昆山市人民政府办公室").contains("承办单位：昆山市大数据资源管理中心")
                .doesNotContain("待登记");
        for (String page : List.of("联系我们", "网站地图", "隐私声明", "网站声明")) {
            Response r = RestAssured.get(footer.selectFirst("a:contains(" + page + ")").attr("href"));
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(Jsoup.parse(r.asString()).selectFirst("h1").text()).isEqualTo(page);
        }
        Document privacy = Jsoup.parse(RestAssured.get("/about/privacy").asString());
        assertThat(privacy.select(".statement p").size()).isGreaterThanOrEqualTo(5);
        assertThat(privacy.select(".statement").text()).contains("个人信息保护法").doesNotContain("\\", "<p>");
        Document contact = Jsoup.parse(RestAssured.get("/about/contact").asString());
        assertThat(contact.select("table.directory td").eachText()).contains("昆山市财政局", "12345（政务服务便民热线）");
        assertThat(contact.text()).contains("前进西路1801号").doesNotContain("待登记");
        assertThat(RestAssured.get("/favicon.ico").statusCode()).isEqualTo(200);
    }

    @Test
    void theFootersStaffLinkNeverAsksSomeoneSignedInToLogIn() {
        // public pages are cached for everyone: the same footer is shown to a signed-in editor
        for (String page : List.of(RestAssured.get("/").asString(), Staff.login("szfb-editor").get("/").asString())) {
            var link = Jsoup.parse(page).selectFirst("footer a[href=/workbench]");
            assertThat(link.text()).isEqualTo("工作人员入口");
            assertThat(Jsoup.parse(page).selectFirst("footer").text()).doesNotContain("登录");
        }
    }

    @Test
    void robotsAndTheSitemapListEveryPublishedDocumentWithItsDate() throws Exception {
        Response robots = RestAssured.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.asString()).contains("Disallow: /workbench").containsPattern("Sitemap: https?://[^\\s]+/sitemap.xml");

        long seed = SeedDocuments.seedNoticeId();
        org.w3c.dom.Document index = xml(RestAssured.get("/sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> locs = new ArrayList<>();
        List<String> lastmods = new ArrayList<>();
        for (String part : texts(index, SITEMAP, "loc")) {
            String path = part.replaceFirst("^https?://[^/]+", "");
            org.w3c.dom.Document urls = xml(RestAssured.get(path));
            NodeList entries = urls.getElementsByTagNameNS(SITEMAP, "url");
            for (int i = 0; i < entries.getLength(); i++) {
                Element url = (Element) entries.item(i);
                locs.add(texts(url, SITEMAP, "loc").get(0));
                lastmods.addAll(texts(url, SITEMAP, "lastmod"));
            }
        }
        assertThat(locs).anyMatch(l -> l.endsWith("/documents/" + seed)).anyMatch(l -> l.endsWith("/xxgk/guide"))
                .anyMatch(l -> l.endsWith("/channels/zcwj")).noneMatch(l -> l.endsWith("/channels/czyjs"));
        assertThat(lastmods).isNotEmpty().allMatch(m -> java.time.Instant.parse(m) != null);
    }

    @Test
    void aChannelFeedIsValidAtomWithItsLatestDocumentAndPagesLinkTheirFeeds() throws Exception {
        Document channel = Jsoup.parse(RestAssured.get("/channels/zcwj").asString());
        List<String> feeds = channel.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href");
        assertThat(feeds).contains("/feeds/latest.atom").anyMatch(h -> h.contains("zcwj"));
        String channelFeed = feeds.stream().filter(h -> h.contains("zcwj")).findFirst().orElseThrow();

        Response r = RestAssured.get(channelFeed);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/atom+xml");
        org.w3c.dom.Document atom = xml(r);
        Element feed = atom.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(texts(atom, ATOM, "id")).isNotEmpty();
        assertThat(java.time.Instant.parse(texts(feed, ATOM, "updated").get(0))).isNotNull();
        Element first = (Element) atom.getElementsByTagNameNS(ATOM, "entry").item(0);
        String latestTitle = RestAssured.get("/api/v1/documents?channel=zcwj&size=1").jsonPath().getString("results[0].title");
        assertThat(texts(first, ATOM, "title")).containsExactly(latestTitle);
        assertThat(((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .matches("https?://.+/documents/\\d+");

        org.w3c.dom.Document site = xml(RestAssured.get("/feeds/latest.atom"));
        assertThat(site.getElementsByTagNameNS(ATOM, "entry").getLength()).isGreaterThan(1);
        // citizen walk: the site's feed held only 一号答 answers; it is the home page's 最新信息
        List<String> onHome = Jsoup.parse(RestAssured.get("/").asString()).select("section[aria-labelledby=latest] a[href^=/documents/]").eachAttr("href");
        List<String> inFeed = new java.util.ArrayList<>();
        org.w3c.dom.NodeList entries = site.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            String href = ((Element) ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
            inFeed.add(href.substring(href.indexOf("/documents/")));
        }
        assertThat(onHome).isNotEmpty();
        assertThat(inFeed).startsWith(onHome.toArray(String[]::new));
        for (int i = 0; i < entries.getLength(); i++) {
            assertThat(((Element) ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"))
                    .isNotEqualTo("yhd");
        }
        assertThat(RestAssured.get("/feeds/channels/nosuch.atom").statusCode()).isEqualTo(404);

        // browser walk: the feed named 市政府办公室 (who posted it) as the author of 国务院's regulation, which its page says 国务院 issued
        org.w3c.dom.NodeList laws = xml(RestAssured.get("/feeds/channels/flfg.atom")).getElementsByTagNameNS(ATOM, "entry");
        boolean stateCouncil = false;
        for (int i = 0; i < laws.getLength(); i++) {
            Element entry = (Element) laws.item(i);
            if (texts(entry, ATOM, "title").get(0).equals("中华人民共和国政府信息公开条例")) {
                assertThat(texts((Element) entry.getElementsByTagNameNS(ATOM, "author").item(0), ATOM, "name")).containsExactly("国务院");
                stateCouncil = true;
            }
        }
        assertThat(stateCouncil).as("the 2019 regulation is in the flfg feed").isTrue();
    }

    @Test
    void theEmblemAndBannerComeFromTheContentRepository() throws Exception {
        Document home = Jsoup.parse(RestAssured.get("/").asString());
        String emblem = home.select("header .site-name img").attr("src");
        String banner = home.select(".home-banner img").attr("src");
        assertThat(emblem).isEqualTo("/site/emblem.svg");
        assertThat(banner).isEqualTo("/site/banner.svg");
        Response served = RestAssured.get(banner);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("image/svg+xml");
        assertThat(served.asByteArray()).isEqualTo(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("content/site/banner.svg")));
        assertThat(served.header("Content-Security-Policy")).contains("sandbox");
        assertThat(RestAssured.given().header("If-None-Match", served.header("ETag")).get(banner).statusCode()).isEqualTo(304);
        // only the pictures site.yaml names, nothing else of the content repository
        assertThat(RestAssured.get("/site/site.yaml").statusCode()).isEqualTo(404);
        assertThat(RestAssured.get("/site/..%2Fsite.yaml").statusCode()).isEqualTo(404);
        assertThat(RestAssured.get("/site/other.svg").statusCode()).isEqualTo(404);
        // a NUL in the name is a name that does not exist, not a server error
        assertThat(RestAssured.given().urlEncodingEnabled(false).get("/site/%00").statusCode()).isEqualTo(404);
        assertThat(RestAssured.given().urlEncodingEnabled(false).get("/site/a%00.svg").statusCode()).isEqualTo(404);
    }

    @Test
    void aDocumentPageHasAPrintButtonThatWorksWithoutScriptToo() {
        long id = SeedDocuments.seedNoticeId();
        Document page = Jsoup.parse(RestAssured.get("/documents/" + id).asString());
        assertThat(page.select("button.print-button").text()).isEqualTo("打印");
        assertThat(page.select("details.print").text()).as("the hint without JavaScript").contains("打印");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/print.js");
        assertThat(RestAssured.get("/js/print.js").asString()).contains("window.print()");
    }
}
