package org.zwgk.portal.annualreport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.requests.RequestFixtures;
import org.zwgk.portal.workflow.Draft;

import java.time.Year;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report through the workbench pages: table 3 from this year's requests with its
 * cross-check, hand figures (bad ones refused with everything kept), CSV, and the report as a draft
 * of type REPORT that the normal review publishes.
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class AnnualReportTest {

    @Inject
    RequestFixtures requests;

    @Inject
    org.zwgk.portal.workflow.Fixtures fixtures;

    @Test
    void fromTheRequestsToAPublishedReport() {
        int year = Year.now().getValue();
        requests.answered("czj");
        requests.registered("czj");
        Staff editor = Staff.login("czj-editor");
        String base = "/workbench/annual-reports/czj/" + year;
        String page = editor.get(base).asString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#report-late")).as("this year's report is not due yet").isEmpty();
        // browser walk: a report two years old, never published, did not say it was late
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/annual-reports/czj/" + (year - 2)).asString()).select("#report-late").text())
                .isEqualTo("已逾期，尚未发布");
        assertThat(page).contains("昆山市财政局" + year + "年政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项", "核对无误", "（七）总计", "四、结转下年度继续办理");

        Response bad = editor.post(base, Map.of("coercions", "-3", "review.kept", "2", "overview", "本年度总体情况良好。"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("应为不小于 0 的数字", "value=\"-3\"", "value=\"2\"");
        // every text typed comes back too (browser walk: they went back to what was saved, and the new text was lost)
        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(editor.post(base, Map.of("fees", "abc", "overview", "新的总体情况C",
                "problems", "新的问题D", "otherMatters", "其他事项E")).asString());
        assertThat(refused.select("textarea[name=overview]").text()).isEqualTo("新的总体情况C");
        assertThat(refused.select("textarea[name=problems]").text()).isEqualTo("新的问题D");
        assertThat(refused.select("textarea[name=otherMatters]").text()).isEqualTo("其他事项E");
        assertThat(editor.post(base, Map.of("coercions", "12", "fees", "3.5", "review.kept", "2", "review.corrected", "1",
                "overview", "本年度总体情况良好。", "problems", "解读形式单一。")).statusCode()).isEqualTo(303);
        assertThat(editor.get(base).asString()).contains("value=\"12\"", "本年度总体情况良好。");
        // browser walk: section 三 stood after the 保存 button and 四 was twelve loose inputs; the page follows
        // the template's order, and 四 is its table, each row with its 总计
        org.jsoup.nodes.Document laidOut = org.jsoup.Jsoup.parse(editor.get(base).asString());
        assertThat(laidOut.select("main h2, h2").eachText()).filteredOn(t -> t.matches("^[一二三四五六]、.*"))
                .extracting(t -> t.substring(0, 1)).containsExactly("一", "二", "三", "四", "五", "六");
        assertThat(laidOut.select("#remedies tbody tr")).hasSize(3);
        assertThat(laidOut.select("#remedies tbody tr").first().text()).startsWith("行政复议").endsWith("3");

        Response csv = editor.get(base + "/table3.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.asString()).contains("一、本年新收政府信息公开申请数量", "自然人", "商业企业", "（七）总计");
        assertThat(editor.get(base + "/tables.csv").asString()).contains("\"行政强制：本年处理决定数量\",12");

        // another organization's staff cannot read it
        assertThat(Staff.login("szfb-editor").get(base).statusCode()).isEqualTo(403);
        assertThat(Staff.login("szfb-editor").get(base + "/table3.csv").statusCode()).isEqualTo(403);

        Response made = editor.post(base + "/draft", Map.of());
        assertThat(made.statusCode()).isEqualTo(303);
        long draftId = Long.parseLong(made.getHeader("Location").replaceAll(".*/drafts/", ""));
        Draft d = QuarkusTransaction.requiringNew().call(() -> {
            Draft x = Draft.findById(draftId);
            x.channel.code.length();
            return x;
        });
        assertThat(d.meta.type).isEqualTo(DocumentType.REPORT);
        assertThat(d.channel.code).isEqualTo("xxgknb-czj");
        // a figure given reads plainly, and the report is catalogued as one (browser walk: published as
        // 12（由单位填写） with 主题分类, 体裁分类 and 成文日期 无)
        assertThat(d.meta.body).contains("| 行政规范性文件 |", "| 规章 |", "| 行政许可 |", "| 行政强制 | 12 |", "| 行政事业性收费 | 3.5 |",
                "（七）总计", "| 行政复议 | 2 | 1 | 0 | 0 | 3 |", "解读形式单一。").doesNotContain("由单位填写");
        assertThat(QuarkusTransaction.requiringNew().call(() -> {
            Draft x = Draft.findById(draftId);
            return x.meta.topic.name + " " + x.meta.genre.name + " " + (x.meta.writtenOn != null);
        })).isEqualTo("政务公开 报告 true");

        // the normal review: submitted by the editor, approved by the reviewer, published as a REPORT
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("lockVersion", d.lockVersion);
        form.put("type", "REPORT");
        form.put("title", d.meta.title);
        form.put("body", d.meta.body);
        form.put("disclosure", "PROACTIVE");
        assertThat(editor.post("/workbench/drafts/" + draftId + "/submit", form).statusCode()).isEqualTo(303);
        long lock = QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>findById(draftId).lockVersion);
        assertThat(Staff.login("czj-reviewer").post("/workbench/drafts/" + draftId + "/approve", Map.of("lockVersion", lock))
                .statusCode()).isEqualTo(303);
        long published = QuarkusTransaction.requiringNew().call(() ->
                Document.count("channel.code = ?1 and meta.type = ?2", "xxgknb-czj", DocumentType.REPORT));
        assertThat(published).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPolicyCataloguedWithoutAGenreIsCountedNotA500() {
        // CI: a policy with no 体裁分类 (Set.of(...).contains(null) threw) broke the annual report of its organization
        fixtures.publishedPolicy("czj", "czj-zcwj");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Staff.login("czj-editor")
                .get("/workbench/annual-reports/czj/" + Year.now().getValue()).then().statusCode(200).extract().asString());
        assertThat(page.select("#proactive tbody td")).isNotEmpty();
    }

    @Test
    void dueDates() {
        QuarkusTransaction.requiringNew().run(() -> {
            var city = org.zwgk.portal.organizations.Organization.findByCode("ksgov").orElseThrow();
            var dept = org.zwgk.portal.organizations.Organization.findByCode("czj").orElseThrow();
            assertThat(AnnualReportService.due(city, 2025)).isEqualTo(java.time.LocalDate.of(2026, 3, 31));
            assertThat(AnnualReportService.due(dept, 2025)).isEqualTo(java.time.LocalDate.of(2026, 1, 31));
        });
    }

    /** Review finding: a generated draft went to review with an empty 一、总体情况 and 「（由单位填写）」 cells. */
    @Test
    void aGeneratedReportWithPlaceholdersIsNotSubmittedUntilFilled() {
        int year = Year.now().getValue() - 1;
        Staff editor = Staff.login("czj-editor");
        Response made = editor.post("/workbench/annual-reports/czj/" + year + "/draft", Map.of());
        assertThat(made.statusCode()).isEqualTo(303);
        long draftId = Long.parseLong(made.getHeader("Location").replaceAll(".*/drafts/", ""));
        Draft d = QuarkusTransaction.requiringNew().call(() -> Draft.findById(draftId));
        assertThat(d.meta.body).contains("| 行政强制 | （由单位填写） |");
        // a second click opens the draft being written instead of making another (browser walk: the first stayed
        // beside the published report as 草稿), and the page says so
        assertThat(editor.post("/workbench/annual-reports/czj/" + year + "/draft", Map.of()).getHeader("Location")).endsWith("/drafts/" + draftId);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(editor.get("/workbench/annual-reports/czj/" + year).asString());
        assertThat(page.select("#report-draft a").attr("href")).isEqualTo("/workbench/drafts/" + draftId);
        assertThat(page.select("#report-draft").text()).contains("（草稿）");

        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("lockVersion", d.lockVersion);
        form.put("type", "REPORT");
        form.put("title", d.meta.title);
        form.put("body", d.meta.body);
        form.put("disclosure", "PROACTIVE");
        Response refused = editor.post("/workbench/drafts/" + draftId + "/submit", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(refused.asString()).text())
                .contains("年度报告还有未填写的内容：一、总体情况、行政强制、行政事业性收费");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>findById(draftId).status))
                .isEqualTo(org.zwgk.portal.workflow.DraftStatus.DRAFT);

        // filled in the text itself, it goes to review
        form.put("body", d.meta.body.replace("## 一、总体情况\n\n", "## 一、总体情况\n\n本年度总体情况良好。\n")
                .replace("| 行政强制 | （由单位填写） |", "| 行政强制 | 0 |").replace("| 行政事业性收费 | （由单位填写） |", "| 行政事业性收费 | 0 |"));
        assertThat(editor.post("/workbench/drafts/" + draftId + "/submit", form).statusCode()).isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>findById(draftId).status))
                .isEqualTo(org.zwgk.portal.workflow.DraftStatus.SUBMITTED);

        // published, last year's report is listed by its title (browser walk: the list showed the channel's name and a count)
        long lock = QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>findById(draftId).lockVersion);
        assertThat(Staff.login("czj-reviewer").post("/workbench/drafts/" + draftId + "/approve", Map.of("lockVersion", lock))
                .statusCode()).isEqualTo(303);
        org.jsoup.nodes.Element line = org.jsoup.Jsoup.parse(io.restassured.RestAssured.get("/xxgk/reports?org=czj").asString())
                .selectFirst("table.reports tbody tr");
        assertThat(line.select("a").first().text()).isEqualTo("昆山市财政局" + year + "年政府信息公开工作年度报告");
        assertThat(line.select("a").first().attr("href")).startsWith("/documents/");
        assertThat(line.text()).doesNotContain("尚未").contains("历年年报");
    }
}
