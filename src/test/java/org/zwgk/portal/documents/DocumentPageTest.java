package org.zwgk.portal.documents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.SeedDocuments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DocumentPageTest {

    @Test
    void theSeedNoticeShowsTheStandardMetadataTable() {
        org.jsoup.nodes.Document page = page("/documents/" + SeedDocuments.seedNoticeId(), 200);

        Map<String, String> meta = metadata(page);
        assertThat(meta.get("索引号")).matches("KS0010001/2018-\\d{5}");
        assertThat(meta).doesNotContainKey("公开单位"); // said once when the office publishes its own
        assertThat(meta).containsEntry("发布机构", "昆山市人民政府办公室")
                .containsEntry("成文日期", "2018-08-02")
                .containsEntry("发布日期", "2018-08-02")
                .containsEntry("文号", "昆政办发〔2018〕152号")
                .containsEntry("主题分类", "政务公开")
                .containsEntry("体裁分类", "通知")
                .containsEntry("有效性", "有效")
                .containsEntry("信息类别", "政策文件");
        assertThat(page.select("h1").text()).contains("市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知");
        // the plan's 35 tasks are in the body as tables, with lead and responsible units
        assertThat(page.select(".body table tbody tr")).hasSize(35);
        assertThat(page.select(".body").text()).contains("强化信息资源检索功能", "大数据资源管理中心");
        assertThat(page.select("#history tbody tr")).isNotEmpty();
    }

    @Test
    void aPolicyAndItsInterpretationLinkBothWays() {
        long policy = SeedDocuments.seedNoticeId();
        org.jsoup.nodes.Document policyPage = page("/documents/" + policy, 200);
        Element toInterpretation = policyPage.selectFirst("#interpretations a");
        assertThat(toInterpretation).isNotNull();
        assertThat(toInterpretation.text()).isEqualTo("《昆山市2018年政务公开工作要点实施方案》解读");

        org.jsoup.nodes.Document interpretation = page(toInterpretation.attr("href"), 200);
        assertThat(interpretation.select("#interprets a").attr("href")).isEqualTo("/documents/" + policy);
    }

    @Test
    void theAnswersKnowledgeBaseIsListedApartFromTheInterpretations() {
        // browser walk: the 条例 listed 36 相关解读, nearly all of them 一号答 questions and answers
        long regulation = ((Number) SeedDocuments.byDocNumber("中华人民共和国国务院令第711号").get("id")).longValue();
        org.jsoup.nodes.Document page = page("/documents/" + regulation, 200);
        assertThat(page.select("#answers h2").text()).isEqualTo("一号答相关问答");
        assertThat(page.select("#answers li")).hasSizeGreaterThan(10);
        assertThat(page.select("#answers a").eachText()).anyMatch(t -> t.endsWith("？"));
        assertThat(page.select("#interpretations a").eachText()).noneMatch(t -> t.endsWith("？"));
    }

    @Test
    void anAmendedRegulationShowsItsValidityAndWhatReplacedIt() {
        long old = ((Number) SeedDocuments.byDocNumber("中华人民共和国国务院令第492号").get("id")).longValue();
        long current = ((Number) SeedDocuments.byDocNumber("中华人民共和国国务院令第711号").get("id")).longValue();

        org.jsoup.nodes.Document page = page("/documents/" + old, 200);
        assertThat(metadata(page)).containsEntry("有效性", "已修改");
        assertThat(page.select("#replaced-by a").attr("href")).isEqualTo("/documents/" + current);
        assertThat(page("/documents/" + current, 200).select("#replaces a").attr("href")).isEqualTo("/documents/" + old);
    }

    @Test
    void anUnlabelledDocumentShowsNoValidityRowAndEmptyRowsSayNoneAlike() {
        // outside review: 有效性 “未标注” (the editors' state) shown to readers
        long interpretation = ((Number) SeedDocuments.byTitle("《昆山市2018年政务公开工作要点实施方案》解读").get("id")).longValue();
        org.jsoup.nodes.Document page = page("/documents/" + interpretation, 200);
        assertThat(metadata(page)).doesNotContainKey("有效性").containsEntry("文号", "无");
        assertThat(page.select("table.meta").text()).doesNotContain("未标注");
    }

    @Test
    void attachmentsDownloadWithTheChecksumThePageShows() throws Exception {
        org.jsoup.nodes.Document page = page("/documents/" + SeedDocuments.seedNoticeId(), 200);
        Element link = page.selectFirst("#attachments a");
        assertThat(link).isNotNull();
        // a text file is named in words, never by its media type (review: “（text/plain，14.6 KB）”)
        assertThat(link.parent().text()).contains("文本文件").doesNotContain("text/plain");
        String shown = page.selectFirst("#attachments .sha256").text();

        byte[] bytes = given().urlEncodingEnabled(false).get(link.attr("href")).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                // a Chinese text file says it is UTF-8, so no viewer guesses another encoding
                .header("Content-Type", org.hamcrest.Matchers.equalToIgnoringCase("text/plain; charset=UTF-8"))
                .extract().asByteArray();

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(sha).isEqualTo(shown);
        assertThat(bytes).isEqualTo(Files.readAllBytes(Path.of("content/documents/zcwj/attachments/kunshan-2018-disclosure-plan.txt")));
    }

    @Test
    void theDocumentPageReadsLikeAPortalPage() {
        long seed = SeedDocuments.seedNoticeId();
        org.jsoup.nodes.Document page = page("/documents/" + seed, 200);

        // 当前位置: 首页 > 政府信息公开 > channel > title, as a named navigation landmark
        Element crumbs = page.selectFirst("nav.breadcrumb[aria-label=当前位置]");
        assertThat(crumbs).isNotNull();
        assertThat(crumbs.select("li")).extracting(Element::text).containsExactly(
                "首页", "政府信息公开", "政策文件", "市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知");
        assertThat(crumbs.select("li a").eachAttr("href")).containsExactly("/", "/xxgk", "/channels/zcwj", "/documents/" + seed);

        // the title comes before the metadata table, whose caption says what the table is
        Element h1 = page.selectFirst("article h1");
        Element table = page.selectFirst("article table.meta");
        assertThat(h1.elementSiblingIndex()).isLessThan(table.elementSiblingIndex());
        assertThat(table.selectFirst("caption").text()).isEqualTo("文件基本信息");
        assertThat(table.selectFirst("caption").hasClass("visually-hidden")).isFalse();

        // share: without portal.public-url the path, which the page's script completes with the browser's address
        assertThat(page.selectFirst("input#share-url").attr("value")).isEqualTo("/documents/" + seed);
        assertThat(page.selectFirst("label[for=share-url]").text()).contains("分享");
        // never a request's Host: pages are cached for everyone, a forged Host would be on every reader's page
        // (an address of its own, so the forged request is the one that fills the cache)
        given().header("Host", "evil.example").get("/documents/" + seed + "?via=host").then().statusCode(200);
        given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "6666").get("/documents/" + seed + "?via=fwd");
        assertThat(given().get("/documents/" + seed + "?via=host").asString()).doesNotContain("evil.example");
        assertThat(given().get("/documents/" + seed + "?via=fwd").asString()).doesNotContain("evil.example", ":6666");

        // the SHA-256 is behind a 校验 disclosure, not in the attachment list
        assertThat(page.select("#attachments > ul .sha256")).isEmpty();
        assertThat(page.selectFirst("#attachments details.verify summary").text()).contains("校验");
        assertThat(page.select("#attachments details.verify .sha256").text()).matches("[0-9a-f]{64}");
    }

    @Test
    void readersChooseTheTextSizeWithoutScripts() {
        long seed = SeedDocuments.seedNoticeId();
        org.jsoup.nodes.Document normal = page("/documents/" + seed, 200);
        assertThat(normal.select(".font-size a")).extracting(Element::text).containsExactly("大", "中", "小");
        assertThat(normal.selectFirst("article.document").hasClass("font-medium")).isTrue();
        assertThat(normal.selectFirst(".font-size a[aria-current]").text()).isEqualTo("中");

        String large = normal.select(".font-size a").get(0).attr("href");
        org.jsoup.nodes.Document big = page(large, 200);
        assertThat(big.selectFirst("article.document").hasClass("font-large")).isTrue();
        assertThat(big.selectFirst(".font-size a[aria-current]").text()).isEqualTo("大");
        // nonsense reads as 中
        assertThat(page("/documents/" + seed + "?fontsize=%3Cb%3E", 200).selectFirst("article.document").hasClass("font-medium")).isTrue();

        String css = given().get("/css/site.css").then().statusCode(200).extract().asString();
        assertThat(css).contains(".document.font-large .body", ".document.font-small .body");
    }

    @Test
    void theReadingToolsStandAboveTheTextOnAPhoneToo() {
        // browser walk at 390 px: 字号/打印/分享 came after the whole text (~15,000 px down on a long document),
        // above it at 1280 px; the page puts them before the text and no phone rule moves them after it
        org.jsoup.nodes.Document doc = page("/documents/" + SeedDocuments.seedNoticeId(), 200);
        org.jsoup.nodes.Element tools = doc.selectFirst("article.document > .doc-tools");
        org.jsoup.nodes.Element body = doc.selectFirst("article.document > .body");
        assertThat(tools).isNotNull();
        assertThat(body).isNotNull();
        assertThat(tools.elementSiblingIndex()).as("the tools before the text").isLessThan(body.elementSiblingIndex());
        String css = given().get("/css/site.css").then().statusCode(200).extract().asString();
        java.util.regex.Matcher reordered = java.util.regex.Pattern.compile("[^{}]*\\.doc-tools[^{}]*\\{[^}]*\\border\\s*:").matcher(css);
        assertThat(reordered.find() ? reordered.group().strip() : null).as("a rule that reorders the tools").isNull();
        // the text still comes before what follows it (attachments, related links, history)
        assertThat(css).contains("article.document > #attachments, article.document > section");
    }

    @Test
    void printingLeavesOutNavigationAndFooter() {
        String css = given().get("/css/site.css").then().statusCode(200).extract().asString();
        String print = css.substring(css.indexOf("@media print"));
        assertThat(print).contains(".site-header", ".site-footer", ".doc-tools", "display: none");
        assertThat(page("/documents/" + SeedDocuments.seedNoticeId(), 200).selectFirst(".doc-tools .print summary").text())
                .isEqualTo("打印");
    }

    @Test
    void aLawsPageListsItsChaptersAndEachLinksToItsHeading() {
        // browser walk: no contents even for laws split across hundreds of articles
        long regulation = ((Number) SeedDocuments.byDocNumber("中华人民共和国国务院令第711号").get("id")).longValue();
        org.jsoup.nodes.Document page = page("/documents/" + regulation, 200);
        org.jsoup.select.Elements entries = page.select("nav.doc-toc li a");
        assertThat(entries.eachText()).startsWith("第一章 总则", "第二章 公开的主体和范围", "第三章 主动公开");
        for (org.jsoup.nodes.Element entry : entries) {
            String id = entry.attr("href").substring(1);
            assertThat(page.select(".body h2#" + id).text()).as(id).isEqualTo(entry.text());
        }
        assertThat(page.select("nav.doc-toc summary").text()).isEqualTo("目录（" + entries.size() + " 部分）");
        // a notice of a few paragraphs has none
        assertThat(page("/documents/" + SeedDocuments.seedNoticeId(), 200).select("nav.doc-toc")).isEmpty();
    }

    @Test
    void nationalRegulationsShowTheirRealPublisherWhileTheOfficeOwnsThem() {
        long regulation = ((Number) SeedDocuments.byDocNumber("中华人民共和国国务院令第711号").get("id")).longValue();
        assertThat(metadata(page("/documents/" + regulation, 200))).containsEntry("发布机构", "国务院");
        long cases = ((Number) SeedDocuments.byDocNumber("法释〔2011〕17号").get("id")).longValue();
        assertThat(metadata(page("/documents/" + cases, 200))).containsEntry("发布机构", "最高人民法院");
        // the filing office still owns it: the page says who disclosed it here, and it is listed under that organization
        assertThat(metadata(page("/documents/" + regulation, 200))).containsEntry("公开单位", "昆山市人民政府办公室");
        assertThat(given().get("/api/v1/documents/" + regulation).then().statusCode(200).extract().jsonPath()
                .getString("document.organization")).isEqualTo("昆山市人民政府办公室");
    }

    @Test
    void errorPagesSpeakChineseOnly() {
        for (String path : new String[]{"/documents/987654321", "/xxgk?org=nobody"}) {
            org.jsoup.nodes.Document page = given().urlEncodingEnabled(false).get(path).then().extract().asString()
                    .transform(Jsoup::parse);
            assertThat(page.select("main").text()).as(path).doesNotContainPattern("HTTP|[0-9]{3}\\b|Not Found|Bad Request");
        }
    }

    @Test
    void unknownDocumentsGetAChinese404Page() {
        for (String path : new String[]{"/documents/987654321", "/documents/abc", "/documents/-1", "/no/such/page",
                "/documents/1/versions/nonsense", "/attachments/999999/x.pdf"}) {
            org.jsoup.nodes.Document page = page(path, 404);
            assertThat(page.select("h1").text()).as(path).isIn("页面不存在");
            assertThat(page.text()).as(path).doesNotContain("Exception", "RESTEASY");
        }
    }

    @Test
    void badListingParametersGetA400PageNotAnError() {
        assertThat(page("/xxgk?org=nobody", 400).text()).contains("未找到机构“nobody”");
    }

    @Test
    void aPageNumberThatIsNoneShowsTheFirstPageAndSaysSo() {
        // browser walk: /xxgk?page=abc was a 400 error page, while /search showed its first page and said so
        for (String path : new String[]{"/xxgk?page=abc", "/xxgk?page=0", "/xxgk?page=-1", "/xxgk?page=7.5&org=szfb",
                "/xxgk?page=20000", "/channels/zcwj?page=99999999999999999999", "/channels/zcwj?page=%E7%AC%AC%E4%BA%8C%E9%A1%B5",
                "/records/xzcf?page=abc", "/kiosk/channels/zcwj?page=x"}) {
            org.jsoup.nodes.Document list = page(path, 200);
            String typed = java.net.URLDecoder.decode(path.replaceAll(".*page=([^&]*).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(list.select("#bad-page").text()).as(path).isEqualTo("“" + typed + "”不是有效的页码，下面是第 1 页。");
            assertThat(list.select("h1").text()).as(path).isNotBlank();
        }
        // the first page itself, with its filters kept
        org.jsoup.nodes.Document catalog = page("/xxgk?page=abc", 200);
        assertThat(catalog.select(".doc-list li")).isNotEmpty();
        assertThat(catalog.select(".doc-list li a").eachAttr("href")).isEqualTo(page("/xxgk", 200).select(".doc-list li a").eachAttr("href"));
        assertThat(page("/xxgk?page=7.5&org=szfb", 200).select("h1").text()).contains("昆山市人民政府办公室");
        // a page that is one says nothing; one past the last still says there is no such page
        assertThat(page("/xxgk?page=1", 200).select("#bad-page")).isEmpty();
        assertThat(page("/xxgk", 200).select("#bad-page")).isEmpty();
        assertThat(page("/xxgk?page=99", 200).text()).contains("没有第 99 页");
        // the API still refuses it
        given().get("/api/v1/documents?page=abc").then().statusCode(400);
    }

    @Test
    void publicPagesAreWellFormedHtmlWithoutScripts() {
        long seed = SeedDocuments.seedNoticeId();
        for (String path : new String[]{"/", "/xxgk", "/xxgk?org=szfb", "/xxgk?topic=zhzw", "/xxgk?genre=tz",
                "/channels/zcwj", "/documents/" + seed, "/documents/" + seed + "/versions/1.0", "/nope"}) {
            Response r = given().get(path);
            Parser parser = Parser.htmlParser().setTrackErrors(50);
            org.jsoup.nodes.Document doc = Jsoup.parse(r.asString(), "", parser);
            assertThat(parser.getErrors()).as("HTML errors on " + path).isEmpty();
            assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
            assertThat(doc.select("meta[name=viewport]")).as(path).hasSize(1);
            // no JavaScript needed: no inline script, and the enhancements (the 打印 button, the search box's
            // suggestions) only add what the page already does without them
            assertThat(doc.select("script:not([src])")).as("no inline script on " + path).isEmpty();
            assertThat(doc.select("script[src]").eachAttr("src")).as("scripts on " + path)
                    .allMatch(src -> src.equals("/js/print.js") || src.startsWith("/js/suggest.js?v="));
            assertThat(doc.select("button[hidden]").size()).as("script-only controls start hidden on " + path)
                    .isEqualTo(doc.select("button.print-button").size());
            assertThat(doc.select("h1")).as("one main heading on " + path).hasSize(1);
        }
    }

    @Test
    void catalogueFiltersByOrganizationTopicAndGenre() {
        org.jsoup.nodes.Document byGenre = page("/xxgk?genre=qt", 200);
        assertThat(byGenre.select(".doc-list a")).extracting(Element::text)
                .contains("昆山市人民政府办公室政府信息公开指南")
                .doesNotContain("市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知");
        // a law the State Council issued is not 昆山's information: in its channel, not in the catalogue (browser walk)
        assertThat(page("/xxgk?genre=xzfg", 200).select(".doc-list a")).extracting(Element::text)
                .doesNotContain("中华人民共和国政府信息公开条例");
        assertThat(page("/channels/flfg", 200).select("a")).extracting(Element::text).contains("中华人民共和国政府信息公开条例");
        // 一号答 answers share the topic; the policy filter keeps the list to policies
        org.jsoup.nodes.Document byTopic = page("/xxgk?topic=zhzw&type=POLICY", 200);
        assertThat(byTopic.select(".doc-list a")).extracting(Element::text)
                .contains("市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知");
        org.jsoup.nodes.Document byOrg = page("/xxgk?org=czj", 200);
        assertThat(byOrg.select(".doc-list a")).isEmpty();
        assertThat(byOrg.text()).contains("暂无信息");
        // the ways in combine: with an organization chosen, a genre's link keeps it, and the page names both
        org.jsoup.nodes.Document bySzfb = page("/xxgk?org=szfb", 200);
        String genreLink = bySzfb.select("nav.side-col a[href*=genre=]").first().attr("href");
        assertThat(genreLink).contains("org=szfb&").contains("genre=");
        org.jsoup.nodes.Document both = page(genreLink, 200);
        assertThat(both.select("h1").text()).contains("昆山市人民政府办公室 · ");
        // (not an organization's link: one without documents, as 财政局 may be, is its name without a link)
        assertThat(both.select("nav.side-col a[href*=topic=]").first().attr("href")).contains("org=szfb&").contains("genre=");
    }

    @Test
    void theNavigationsPoliciesAndInterpretationsOffersBoth() {
        org.jsoup.nodes.Document home = page("/", 200);
        String policies = home.select("nav .nav a:contains(政策文件/解读)").attr("href");
        org.jsoup.nodes.Document list = page(policies, 200);
        assertThat(list.select("h1").text()).endsWith("· 政策文件");
        assertThat(list.select(".doc-list a")).extracting(Element::text)
                .contains("市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知")
                .doesNotContain("申请政府信息公开收费吗？");
        assertThat(list.select("nav.type-tabs a[aria-current]").text()).isEqualTo("政策文件");
        org.jsoup.nodes.Document interpretations = page(list.select("nav.type-tabs a:contains(政策解读)").attr("href"), 200);
        assertThat(interpretations.select("h1").text()).endsWith("· 政策解读");
        assertThat(interpretations.select(".doc-list a")).extracting(Element::text)
                .contains("《昆山市2018年政务公开工作要点实施方案》解读")
                .doesNotContain("市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知")
                // the 一号答 answers are typed 解读 but are not in the catalogue (browser walk: they filled its first page)
                .noneMatch(t -> t.endsWith("？"));
        assertThat(page("/xxgk?type=NOTICE", 200).select("nav.type-tabs")).isEmpty();
        // browser walk: on a phone the filters come after twenty results; a link at the list's top leads to them
        String toFilters = list.select(".main-col .to-filters a").attr("href");
        assertThat(toFilters).isEqualTo("#catalog-filters");
        assertThat(list.getElementById("catalog-filters")).isNotNull();
    }

    static org.jsoup.nodes.Document page(String path, int status) {
        String html = given().urlEncodingEnabled(false).get(path).then().statusCode(status)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        return Jsoup.parse(html);
    }

    static Map<String, String> metadata(org.jsoup.nodes.Document page) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element th : page.select("table.meta th")) {
            Element td = th.nextElementSibling();
            if (td != null) {
                meta.put(th.text(), td.text());
            }
        }
        return meta;
    }
}
