package org.zwgk.portal.disclosure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 政府信息公开 专栏 as a citizen finds it, and empty channels as citizens (do not) and staff see them. */
@QuarkusTest
class DisclosureColumnTest {

    static Document page(String path) {
        var response = RestAssured.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.asString());
    }

    static List<String> columnLinks(Document doc) {
        return doc.select("nav.xxgk-column a").eachText();
    }

    @Test
    void theColumnHasTheFivePartsTheRegulationRequires() {
        Document catalog = page("/xxgk");
        assertThat(columnLinks(catalog)).contains("政府信息公开指南", "政府信息公开制度", "法定主动公开内容",
                "政府信息公开年报", "依申请公开");

        Document guide = page(catalog.selectFirst("nav.xxgk-column a:contains(政府信息公开指南)").attr("href"));
        Element guideDoc = guide.selectFirst("main .doc-list a:contains(政府信息公开指南)");
        assertThat(guideDoc).as("the guide is a published document").isNotNull();
        assertThat(page(guideDoc.attr("href")).text()).contains("依申请公开").contains("20个工作日");

        Document rules = page("/xxgk/rules");
        assertThat(rules.select("main .doc-list a").eachText()).contains("昆山市人民政府办公室政府信息公开工作制度");

        Document statutory = page("/xxgk/statutory");
        Element budget = statutory.getElementById("a20-7");
        assertThat(budget.text()).contains("财政预算、决算信息");
        // the 财政预决算 channel has nothing published and is not linked; the records of budgets are
        // searchable however many there are yet (citizen walk: the category said 尚未开设 while they were there)
        assertThat(budget.select("a").eachAttr("href")).contains("/records/yjs").doesNotContain("/channels/czyjs");
        assertThat(budget.select("a[href=/records/yjs]").text()).isEqualTo("财政预决算信息查询");
        assertThat(budget.text()).doesNotContain("尚未开设");
        assertThat(statutory.getElementById("a20-5").select("a").eachAttr("href")).contains("/records/xzxk", "/records/bszn");
        assertThat(statutory.getElementById("a20-6").select("a").eachAttr("href")).contains("/records/xzcf");
        assertThat(statutory.getElementById("a20-2").text()).as("nothing of its kind on the site").contains("尚未开设");
        assertThat(page("/xxgk/statutory?org=czj").getElementById("a20-7").select("a").eachAttr("href"))
                .contains("/records/yjs?organization=czj");
        Element laws = statutory.getElementById("a20-1");
        // review: the laws republished for reference (法律法规, each issued by 国务院 or a court) were counted as the
        // organs' own 行政法规、规章和规范性文件; only what an organ issued itself is its disclosure here
        assertThat(laws.select("a").eachAttr("href")).contains("/channels/zcwj").doesNotContain("/channels/flfg");
        assertThat(statutory.select("ol.statutory > li")).hasSize(16);

        Document reports = page("/xxgk/reports");
        // which year's report is missing, and by when it was due (browser walk: the page named no year)
        // browser walk: in December it still said 应于次年 1 月 31 日前公布, a day long past; and the city's government
        // reports by 3月31日, not 1月31日 (条例第四十九条)
        java.time.LocalDate today = java.time.LocalDate.now(org.zwgk.portal.common.PortalConfig.ZONE);
        int lastYear = today.getYear() - 1;
        String departmentLate = today.isAfter(java.time.LocalDate.of(today.getYear(), 1, 31)) ? "，已逾期" : "";
        String cityLate = today.isAfter(java.time.LocalDate.of(today.getYear(), 3, 31)) ? "，已逾期" : "";
        assertThat(reports.select("table.reports td").eachText()).contains("昆山市财政局",
                        lastYear + " 年度报告尚未在本站发布（应于 " + today.getYear() + " 年 1 月 31 日前公布" + departmentLate + "）",
                        lastYear + " 年度报告尚未在本站发布（应于 " + today.getYear() + " 年 3 月 31 日前公布" + cityLate + "）")
                .doesNotContain("昆山市人大常委会办公室");

        Document apply = page("/xxgk/apply");
        assertThat(apply.select("dl.apply-address").text()).contains("前进西路1801号").contains("215300");
        assertThat(apply.text()).contains("政府信息公开申请").doesNotContain("待登记");
        // the online form exists: the page offers it and does not say it is still being built
        assertThat(apply.select("p.apply-online a.button").attr("href")).isEqualTo("/ysqgk");
        assertThat(apply.text()).doesNotContain("建设中", "开通后");
    }

    @Test
    void anOrganizationsOwnCatalogueHasTheSameStructure() {
        Document czj = page("/xxgk?org=czj");
        assertThat(columnLinks(czj)).contains("政府信息公开指南", "政府信息公开制度", "法定主动公开内容",
                "政府信息公开年报", "依申请公开");
        assertThat(czj.select("nav.xxgk-column a").eachAttr("href")).allMatch(h -> h.contains("org=czj"));
        Document guide = page("/xxgk/guide?org=czj");
        assertThat(guide.selectFirst("h1").text()).contains("昆山市财政局");
        assertThat(guide.text()).contains("昆山市财政局尚未发布政府信息公开指南");
        assertThat(page("/xxgk/reports?org=czj").select("table.reports td").eachText())
                .hasSize(2).first().isEqualTo("昆山市财政局");
        // last year's report, due by 1月31日 of this year: missing (and late once that day is past), or published and
        // named by its title (another test of the suite may have published it)
        java.time.LocalDate today = java.time.LocalDate.now(org.zwgk.portal.common.PortalConfig.ZONE);
        String late = today.isAfter(java.time.LocalDate.of(today.getYear(), 1, 31)) ? "，已逾期" : "";
        assertThat(page("/xxgk/reports?org=czj").select("table.reports td").eachText().get(1)).satisfiesAnyOf(
                line -> assertThat(line).isEqualTo((today.getYear() - 1) + " 年度报告尚未在本站发布（应于 " + today.getYear() + " 年 1 月 31 日前公布" + late + "）"),
                line -> assertThat(line).startsWith("昆山市财政局" + (today.getYear() - 1) + "年政府信息公开工作年度报告").contains("历年年报"));
        assertThat(page("/xxgk/guide?org=szfb").select("main .doc-list a").eachText())
                .contains("昆山市人民政府办公室政府信息公开指南");
        assertThat(RestAssured.get("/xxgk/guide?org=nosuch").statusCode()).isEqualTo(400);
    }

    @Test
    void theSiteMapAndTheHomePageLeadToEveryPlaceACitizenActsFrom() {
        // browser walk: 网站地图 left out the online application, letters, plans, records and open data, and the
        // home page offered no way to apply or write
        List<String> map = page("/about/sitemap").select("main a, .site-map a").eachAttr("href");
        assertThat(map).contains("/ysqgk", "/ysqgk/status", "/hudong/write", "/hudong/follow", "/hudong", "/plans", "/records",
                "/opendata", "/hudong/consultations", "/hudong/surveys", "/hudong/interviews", "/hudong/answers");
        for (String href : map) {
            if (href.startsWith("/") && !href.endsWith(".xml") && !href.endsWith(".atom")) {
                assertThat(io.restassured.RestAssured.given().redirects().follow(false).get(href).statusCode()).as(href).isEqualTo(200);
            }
        }
        Document home = page("/");
        assertThat(home.select("nav.quick-entries a").eachAttr("href")).contains("/ysqgk", "/hudong/write", "/hudong/follow");
        assertThat(home.select("nav.quick-entries").text()).contains("12345");
    }

    @Test
    void theSiteMapAndTheHomePageNameEachPageAsItsOwnHeadingDoes() {
        // outside review: 意见征集 / 征集调查, 在线访谈 / 在线访谈 · 新闻发布会, 开放数据 / 政府数据开放 …
        Document map = page("/about/sitemap");
        for (String path : new String[]{"/ysqgk/status", "/records", "/opendata", "/hudong/consultations", "/hudong/surveys",
                "/hudong/interviews", "/hudong/follow"}) {
            assertThat(map.select(".site-map a[href=" + path + "]").text()).as(path).isEqualTo(page(path).select("h1").first().text());
        }
        assertThat(map.select(".site-map a[href=/hudong]").text()).isEqualTo("已公开的来信");
        assertThat(page("/hudong").select("h2").eachText()).contains("已公开的来信");
        assertThat(page("/").select("nav.quick-entries a[href=/hudong/follow]").text()).isEqualTo(page("/hudong/follow").select("h1").text());
        assertThat(page("/ysqgk").select("a[href=/ysqgk/status]").text()).isEqualTo(page("/ysqgk/status").select("h1").text());
    }

    @Test
    void aChannelWithNothingPublishedIsNotAdvertisedToCitizensButFlaggedForStaff() {
        Document home = page("/");
        List<String> links = home.select("a").eachAttr("href");
        assertThat(links).contains("/channels/zcwj").doesNotContain("/channels/czyjs", "/channels/xxgknb-czj");
        assertThat(home.select("header nav a").eachAttr("href")).noneMatch(h -> h.startsWith("/channels/czyjs"));
        assertThat(page("/about/sitemap").select("a").eachAttr("href")).contains("/channels/zcwj")
                .doesNotContain("/channels/czyjs");

        Document staff = Jsoup.parse(Staff.login("auditor").get("/workbench/channels").asString());
        assertThat(staff.getElementById("channel-czyjs").text()).contains("空白栏目");
        assertThat(staff.getElementById("channel-zcwj").text()).doesNotContain("空白栏目");
        assertThat(staff.getElementById("blank-summary").text()).contains("空白栏目").contains("允许 5 个");
    }

    @Test
    void theSiteAdminIsWarnedOfUnregisteredMarksThatCitizensNeverSee() {
        for (String path : List.of("/", "/xxgk", "/about/contact", "/xxgk/apply", "/channels/zcwj")) {
            String html = RestAssured.get(path).asString();
            assertThat(html).as(path).doesNotContain("待登记");
        }
        String workbench = Staff.login("site-admin").get("/workbench").asString();
        assertThat(Jsoup.parse(workbench).select(".site-warning").text()).contains("网站标识码").contains("ICP备案号")
                .contains("公安机关备案号");
        // the site admin registers them; an editor could do nothing about the banner
        assertThat(Jsoup.parse(Staff.login("szfb-editor").get("/workbench").asString()).select(".site-warning")).isEmpty();
    }
}
