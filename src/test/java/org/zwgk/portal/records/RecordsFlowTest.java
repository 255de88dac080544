package org.zwgk.portal.records;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.web.UserError;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Records end to end: intake with tokens (all or nothing, idempotent, scoped to one organization),
 * a natural person's penalty masked on every public path, review with four eyes, deadlines on the
 * compliance page, open data.
 */
@QuarkusTest
class RecordsFlowTest {

    @Inject
    RecordFixtures fixtures;
    @Inject
    RecordService service;

    static String json(Map<String, String> values, String sourceKey) {
        StringBuilder sb = new StringBuilder("{\"sourceKey\":\"").append(sourceKey).append('"');
        values.forEach((k, v) -> sb.append(",\"").append(k).append("\":\"").append(v.replace("\"", "\\\"")).append('"'));
        return sb.append('}').toString();
    }

    static Response send(String token, String type, String body) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post("/api/v1/records/" + type + "/batches");
    }

    @Test
    void aNaturalPersonsPenaltyIsMaskedOnEveryPublicPath() {
        fixtures.publishAtOnce("czj", "xzcf", true);
        String token = fixtures.token("czj", "xzcf");
        Map<String, String> penalty = new HashMap<>(RecordSamples.good("xzcf"));
        penalty.put("penaltyAuthority", "czj");
        penalty.put("decisionNumber", "昆财罚〔2026〕1号");
        send(token, "xzcf", "[" + json(penalty, "CF-MASK-1") + "]").then().statusCode(200)
                .body("created", equalTo(1)).body("published", equalTo(1));

        String api = given().get("/api/v1/records/xzcf?q=昆财罚").then().statusCode(200)
                .body("total", equalTo(1)).body("results[0].values.partyName", equalTo("张**")).extract().asString();
        long id = given().get("/api/v1/records/xzcf?q=昆财罚").then().extract().jsonPath().getLong("results[0].id");
        String page = given().get("/records/xzcf/" + id).then().statusCode(200).extract().asString();
        String list = given().get("/records/xzcf?partyCategory=自然人").then().statusCode(200).extract().asString();
        byte[] csvBytes = given().get("/opendata/xzcf.csv").then().statusCode(200).extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        String download = given().get("/opendata/xzcf.json").then().statusCode(200).extract().asString();
        // searchable as their own result type, with facets, masked too
        String search = given().get("/api/v1/search/records?q=昆财罚").then().statusCode(200)
                .body("total", equalTo(1)).body("results[0].type", equalTo("record")).body("results[0].group", equalTo("xzcf"))
                .body("facets.type.xzcf", equalTo(1)).body("facets.处罚类别.罚款", equalTo(1)).extract().asString();
        String searchPage = given().get("/search?q=昆财罚").then().statusCode(200).extract().asString();
        assertThat(searchPage).contains("/records/xzcf/" + id);
        // browser walk: no document matched, and the page said 没有找到相关信息 beside the record it listed
        assertThat(searchPage).contains("没有找到相关文件；在结构化记录中找到 1 条").doesNotContain("没有找到相关信息");
        assertThat(search).contains("张**");
        for (String publicText : new String[]{api, page, list, csv, download, search, searchPage}) {
            assertThat(publicText).doesNotContain("张三丰").doesNotContain("320583199001011234")
                    .doesNotContain("13912345678");
        }
        assertThat(page).contains("139****5678"); // the phone in 违法事实 through the gate's masking
        assertThat(csvBytes[0] & 0xff).isEqualTo(0xEF); // UTF-8 byte-order mark for spreadsheet programs
        assertThat(csv).contains("行政相对人名称").doesNotContain("证件号码");
        // review finding: 公开时间 was a UTC instant and 处罚机关 the code "czj"; both as the pages show them
        List<org.apache.commons.csv.CSVRecord> table;
        try {
            table = org.apache.commons.csv.CSVParser.parse(csv.substring(1), org.apache.commons.csv.CSVFormat.DEFAULT).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(table.get(0).toList()).startsWith("编号", "发布单位", "公开时间");
        List<String> row = table.stream().filter(r -> r.toList().contains("昆财罚〔2026〕1号")).findFirst().orElseThrow().toList();
        String czj = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.zwgk.portal.organizations.Organization.findByCode("czj").orElseThrow().displayName());
        assertThat(row.get(2)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(page).contains(row.get(2)); // the same Beijing time the record page shows
        assertThat(row.get(table.get(0).toList().indexOf("处罚机关"))).isEqualTo(czj);
        assertThat(row).doesNotContain("czj");
    }

    @Test
    void aBatchWithOneBadRowSavesNothingAndNamesThatRow() {
        fixtures.publishAtOnce("czj", "xzxk", true);
        String token = fixtures.token("czj", null);
        long before = fixtures.count("xzxk");
        Map<String, String> good = new HashMap<>(RecordSamples.good("xzxk"));
        good.put("licensingAuthority", "czj");
        Map<String, String> bad = new HashMap<>(good);
        bad.put("decisionDate", "2026-02-30");
        String body = "[" + json(good, "XK-1") + "," + json(bad, "XK-2") + "," + json(good, "XK-3") + "]";
        send(token, "xzxk", body).then().statusCode(400).contentType("application/problem+json")
                .body("rows.size()", equalTo(1)).body("rows[0].row", equalTo(2)).body("rows[0].sourceKey", equalTo("XK-2"))
                .body("rows[0].errors[0].field", equalTo("decisionDate"))
                .body("rows[0].errors[0].message", org.hamcrest.Matchers.containsString("许可决定日期"));
        assertThat(fixtures.count("xzxk")).isEqualTo(before);

        // the same batch corrected goes in whole; sent again it changes nothing (idempotent by source key)
        String fixed = "[" + json(good, "XK-1") + "," + json(good, "XK-2") + "," + json(good, "XK-3") + "]";
        send(token, "xzxk", fixed).then().statusCode(200).body("created", equalTo(3));
        send(token, "xzxk", fixed).then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3));
        assertThat(fixtures.count("xzxk")).isEqualTo(before + 3);

        // CSV with Chinese headers, a BOM and a bad row: 400 naming its line
        String csv = "\uFEFFsourceKey,行政相对人名称,行政相对人类别,行政许可决定文书名称,行政许可决定文书号,许可类别,许可内容,许可决定日期,有效期自,许可机关,当前状态\n"
                + "XK-C1,某某公司,法人及非法人组织,许可决定书,昆财许〔2026〕9号,普通,内容,2026-11-20,2026-11-20,czj,有效\n"
                + "XK-C2,某某公司,法人及非法人组织,许可决定书,昆财许〔2026〕10号,普通,内容,2026-11-20,2026-11-20,czj,作废\n";
        given().header("Authorization", "Bearer " + token).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/records/xzxk/batches").then().statusCode(400)
                .body("rows[0].row", equalTo(2)).body("rows[0].line", equalTo(3)).body("rows[0].errors[0].field", equalTo("status"));
        assertThat(fixtures.count("xzxk")).isEqualTo(before + 3);
    }

    @Test
    void theIntakeSettingSaysWhatItIsAndAsksBeforeRecordsGoPublicUnreviewed() {
        // browser walk: a table of rows "市财政局 | 办事指南 | 等待审核 | [直接公开]" without headings read as 11 records waiting
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Staff.login("czj-admin").get("/workbench/records").asString());
        assertThat(page.select("h2:contains(接口导入的记录) + p.hint").text()).contains("默认须经本单位审核后公开");
        assertThat(page.select("table:has(form[action=/workbench/records/settings]) thead th").eachText())
                .containsExactly("发布单位", "类型", "导入后", "更改");
        assertThat(page.select("form[action=/workbench/records/settings] button[data-confirm-submit]").first().attr("data-confirm-submit"))
                .contains("不经审核立即公开");
        assertThat(page.select("script[src=/js/confirm.js]")).hasSize(1);
    }

    @Test
    void aTokenWritesOnlyItsOwnOrganizationsRecordsAndTypes() {
        String szfb = fixtures.token("szfb", "xzxk");
        Map<String, String> good = new HashMap<>(RecordSamples.good("xzxk"));
        long before = fixtures.count("xzxk");
        long audit = fixtures.auditCount();
        given().header("Authorization", "Bearer " + szfb).contentType("application/json").body("[" + json(good, "X-1") + "]")
                .post("/api/v1/records/xzxk/batches?organization=czj").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("权限"));
        send(szfb, "xzcf", "[" + json(RecordSamples.good("xzcf"), "X-2") + "]").then().statusCode(403);
        send("zwgk_not-a-token-at-all", "xzxk", "[" + json(good, "X-3") + "]").then().statusCode(401);
        given().contentType("application/json").body("[]").post("/api/v1/records/xzxk/batches").then().statusCode(401);
        assertThat(fixtures.count("xzxk")).isEqualTo(before);
        assertThat(fixtures.auditCount()).isEqualTo(audit);
    }

    @Test
    void recordsAreReviewedWithFourEyesAndALatePublicationIsOnTheCompliancePage() {
        Map<String, String> values = new HashMap<>(RecordSamples.good("xzcf"));
        values.put("partyName", "昆山某某餐饮有限公司");
        values.put("partyCategory", "法人及非法人组织");
        values.remove("idNumber");
        values.put("decisionNumber", "昆政办罚〔2026〕7号");
        values.put("decisionDate", "2026-01-05"); // published months later: late
        values.put("penaltyAuthority", "szfb");
        long id = service.create(fixtures.user("szfb-editor"), "xzcf", "szfb", values, AuditLog.system("test")).id;
        // not public before review
        given().get("/records/xzcf/" + id).then().statusCode(404);
        service.submit(fixtures.user("szfb-editor"), id, fixtures.lockVersion(id), AuditLog.system("test"));
        assertThatThrownBy(() -> service.approve(fixtures.user("szfb-editor"), id, fixtures.lockVersion(id), AuditLog.system("test")))
                .isInstanceOf(UserError.class);
        // 市政府办公室 reviews in three levels (三审), each by another reviewer
        service.approve(fixtures.user("szfb-reviewer1"), id, fixtures.lockVersion(id), AuditLog.system("test"));
        service.approve(fixtures.user("szfb-reviewer2"), id, fixtures.lockVersion(id), AuditLog.system("test"));
        given().get("/records/xzcf/" + id).then().statusCode(404);
        service.approve(fixtures.user("szfb-reviewer3"), id, fixtures.lockVersion(id), AuditLog.system("test"));
        given().get("/records/xzcf/" + id).then().statusCode(200).body(org.hamcrest.Matchers.containsString("逾期公开"));

        String compliance = Staff.login("auditor").get("/workbench/records/compliance").then().statusCode(200).extract().asString();
        assertThat(compliance).contains("昆政办罚〔2026〕7号").contains("逾期公开");

        // a change of a published record needs a note and review; the public keeps the old values meanwhile
        Map<String, String> changed = new HashMap<>(values);
        changed.put("penaltyContent", "罚款人民币8000元");
        service.update(fixtures.user("szfb-editor"), id, fixtures.lockVersion(id), changed, null, AuditLog.system("test"));
        assertThatThrownBy(() -> service.submit(fixtures.user("szfb-editor"), id, fixtures.lockVersion(id), AuditLog.system("test")))
                .isInstanceOf(UserError.class);
        service.update(fixtures.user("szfb-editor"), id, fixtures.lockVersion(id), changed, "更正罚款金额", AuditLog.system("test"));
        service.submit(fixtures.user("szfb-editor"), id, fixtures.lockVersion(id), AuditLog.system("test"));
        given().get("/api/v1/records/xzcf/" + id).then().body("values.penaltyContent", equalTo("罚款人民币5000元"));
        for (String reviewer : new String[]{"szfb-reviewer2", "szfb-reviewer3", "szfb-reviewer1"}) {
            service.approve(fixtures.user(reviewer), id, fixtures.lockVersion(id), AuditLog.system("test"));
        }
        given().get("/api/v1/records/xzcf/" + id).then().body("values.penaltyContent", equalTo("罚款人民币8000元")).body("version", equalTo(2));
        given().get("/records/xzcf/" + id).then().body(org.hamcrest.Matchers.containsString("更正罚款金额"));

        service.withdraw(fixtures.user("szfb-reviewer1"), id, fixtures.lockVersion(id), "决定已撤销", AuditLog.system("test"));
        given().get("/records/xzcf/" + id).then().statusCode(410).body(org.hamcrest.Matchers.containsString("决定已撤销"));
        given().get("/api/v1/records/xzcf/" + id).then().statusCode(404);
    }

    @Test
    void budgetCompletenessNamesTheMissingYearAndCategory() {
        // this year's budget, approved at the end of last year: complete for this year, and published late in any year
        int thisYear = java.time.LocalDate.now(org.zwgk.portal.common.PortalConfig.ZONE).getYear();
        Map<String, String> budget = new HashMap<>(RecordSamples.good("yjs"));
        budget.put("year", String.valueOf(thisYear));
        budget.put("title", "昆山市财政局" + thisYear + "年部门预算");
        budget.put("approvedOn", "2025-12-01");
        fixtures.published("czj-editor", "czj-reviewer", "czj", "yjs", budget);
        String page = Staff.login("czj-editor").get("/workbench/records/compliance").then().statusCode(200).extract().asString();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
        java.util.List<String> years = doc.select("#completeness-yjs thead th").eachText();
        org.jsoup.nodes.Element row = doc.select("#completeness-yjs tr:contains(市财政局)").first();
        assertThat(row).isNotNull();
        // browser walk: every unit was short of its 2026 决算 in 2026; a year's 决算 is approved and published the next year
        String current = row.select("td").get(years.indexOf(String.valueOf(thisYear))).text();
        String last = row.select("td").get(years.indexOf(String.valueOf(thisYear - 1))).text();
        assertThat(current).as("2026's budget published, its final accounts not due yet").doesNotContain("未公开");
        assertThat(last).contains("未公开", "部门决算");
        // 预算法 §14: within twenty days of its 批复, not a year later; the twentieth day, Sun 2025-12-21, is a day off,
        // so the period ends on Monday (民法典 §203)
        assertThat(doc.select("#late tr:contains(昆山市财政局" + thisYear + "年部门预算)").text()).as("listed as late")
                .contains("2025-12-22");
    }

    @Test
    void aBudgetDueDayCountedOverAYearWithoutItsHolidayNoticeIsProvisional() {
        // review: approved Wed 2027-01-20; the twentieth day, Tue 02-09, is a day off in the provisional 2027 (春节 and
        // the weekend's days made up, 02-05–10): due Thu 02-11, counted on the regulation's holidays only: 暂定
        RecordType budget = service.type("yjs");
        Map<String, String> values = Map.of("approvedOn", "2027-01-20");
        assertThat(service.deadline(budget, values, java.time.LocalDate.parse("2027-02-11")))
                .isEqualTo(new RecordService.Deadline(java.time.LocalDate.parse("2027-02-11"), false, 2027));
        // published the day after: late by the day the site can count, and said to be 暂定
        assertThat(service.deadline(budget, values, java.time.LocalDate.parse("2027-02-12")))
                .isEqualTo(new RecordService.Deadline(java.time.LocalDate.parse("2027-02-11"), true, 2027));
        // wholly in 2026, whose notice is entered: final
        assertThat(service.deadline(budget, Map.of("approvedOn", "2026-11-02"), java.time.LocalDate.parse("2026-11-20"))
                .provisionalYear()).isNull();

        Map<String, String> record = new HashMap<>(RecordSamples.good("yjs"));
        record.put("title", "昆山市财政局2027年部门预算（暂定期限）");
        record.put("year", "2027");
        record.put("approvedOn", "2027-01-20");
        record.remove("publishedOn");
        long id = fixtures.published("czj-editor", "czj-reviewer", "czj", "yjs", record);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().get("/records/yjs/" + id).then().statusCode(200).extract().asString());
        assertThat(page.select("#due-provisional").text()).isEqualTo("暂定");
        assertThat(page.select("#due-provisional").attr("title")).contains("本站尚未录入国务院办公厅 2027 年放假安排的通知");
        assertThat(page.text()).contains("2027-02-11");
    }

    @Test
    void aBudgetDueOnAHolidayMayBePublishedOnTheFirstWorkingDayAfterIt() {
        // approved Mon 2026-09-14: the twentieth day is Sun 10-04, inside 国庆 (10-01–07); due Thu 10-08 (民法典 §203)
        RecordType budget = service.type("yjs");
        Map<String, String> values = Map.of("approvedOn", "2026-09-14");
        assertThat(service.deadline(budget, values, java.time.LocalDate.parse("2026-10-08")))
                .isEqualTo(new RecordService.Deadline(java.time.LocalDate.parse("2026-10-08"), false));
        assertThat(service.deadline(budget, values, java.time.LocalDate.parse("2026-10-09")).late()).isTrue();
        // deadline check: made public on its 公开日期 in time and catalogued here later, it was listed as late
        Map<String, String> stated = Map.of("approvedOn", "2026-12-01", "publishedOn", "2026-12-05");
        assertThat(service.deadline(budget, stated, java.time.LocalDate.parse("2026-12-31")))
                .isEqualTo(new RecordService.Deadline(java.time.LocalDate.parse("2026-12-21"), false));
        assertThat(service.deadline(budget, Map.of("approvedOn", "2026-12-01", "publishedOn", "2026-12-28"),
                java.time.LocalDate.parse("2026-12-31")).late()).as("a late 公开日期 is late").isTrue();
        assertThat(service.deadline(budget, Map.of("approvedOn", "2026-12-01", "publishedOn", "2026-11-30"),
                java.time.LocalDate.parse("2026-12-31")).late()).as("a 公开日期 before the 批复 is no publication: the portal's day counts").isTrue();
    }

    @Test
    void theOpenDataCatalogueDescribesEveryTypeAsADcatDataset() {
        // 社会公益事业 published by one organization only: it is the dataset's publisher
        fixtures.published("czj-editor", "czj-reviewer", "czj", "shgysy", new HashMap<>(RecordSamples.good("shgysy")));
        // 行政处罚 published by several: the portal publishes, each organization is a creator
        for (String org : new String[]{"czj", "scjgj"}) {
            fixtures.publishAtOnce(org, "xzcf", true);
            Map<String, String> penalty = new HashMap<>(RecordSamples.good("xzcf"));
            penalty.put("penaltyAuthority", org);
            penalty.put("decisionNumber", "昆" + org + "处〔2026〕31号");
            send(fixtures.token(org, "xzcf"), "xzcf", "[" + json(penalty, "DCAT-" + org) + "]").then().statusCode(200);
        }
        String xzcf = "'dcat:dataset'.find { it.'dct:identifier' == 'xzcf' }";
        given().get("/api/v1/datasets").then().statusCode(200)
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'shgysy' }.'dct:publisher'.'dct:identifier'", equalTo("czj"))
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'shgysy' }.'dct:publisher'.'foaf:name'", equalTo("昆山市财政局"))
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'shgysy' }.'dct:creator'", org.hamcrest.Matchers.nullValue())
                .body(xzcf + ".'dct:publisher'.'foaf:name'", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body(xzcf + ".'dct:publisher'.'dct:identifier'", org.hamcrest.Matchers.nullValue())
                .body(xzcf + ".'dct:creator'.'dct:identifier'", org.hamcrest.Matchers.hasItems("czj", "scjgj"))
                .body(xzcf + ".'dcat:distribution'.'dcat:downloadURL'.'@id'", hasItem("/opendata/xzcf.json"))
                .body(xzcf + ".'dct:license'.'@id'", equalTo(OpenDataResource.LICENCE))
                .body(xzcf + ".'dct:accrualPeriodicity'", equalTo("实时"))
                .body(xzcf + ".'dct:modified'", org.hamcrest.Matchers.notNullValue())
                .body("'dcat:dataset'.'dct:accrualPeriodicity'", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.emptyOrNullString())))
                .body("'dcat:dataset'.'dct:license'.'@id'", org.hamcrest.Matchers.everyItem(equalTo(OpenDataResource.LICENCE)));
        java.util.List<Map<String, Object>> fields = given().get("/api/v1/record-types").then().statusCode(200)
                .extract().jsonPath().getList("fields.flatten()");
        assertThat(fields).isNotEmpty().allSatisfy(f -> assertThat(f.get("kind")).as("kind of %s", f.get("name"))
                .isInstanceOf(String.class).asString().isNotBlank());
        given().get("/api/v1/datasets").then().statusCode(200)
                .body("'@context'.dcat", equalTo("http://www.w3.org/ns/dcat#"))
                .body("'dcat:dataset'.'dct:title'", hasItem("行政处罚"))
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'xzcf' }.'dcat:distribution'.'dcat:downloadURL'.'@id'",
                        hasItem("/opendata/xzcf.csv"))
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'xzcf' }.'dct:publisher'.'foaf:name'", org.hamcrest.Matchers.notNullValue());
        given().get("/opendata").then().statusCode(200).body(org.hamcrest.Matchers.containsString("办事指南"));
        given().get("/records").then().statusCode(200).body(org.hamcrest.Matchers.containsString("权责清单"));
        given().get("/records/nosuchtype").then().statusCode(404);
        given().get("/api/v1/records/xzcf?colour=red").then().statusCode(400);
    }

    @Test
    void theOpenDataPageSaysWhatEachColumnAndLinkIs() {
        // review: the count column was headed 重点领域信息, 最后更新 was blank for a type without records, and a
        // screen reader's list of links read CSV, JSON, API eleven times alike
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(given().get("/opendata").then().statusCode(200).extract().asString());
        assertThat(page.select("table.datasets thead th").eachText()).containsExactly("记录类型", "更新频率", "最后更新", "记录数", "获取数据");
        org.jsoup.select.Elements rows = page.select("table.datasets tbody tr");
        assertThat(rows).hasSizeGreaterThan(5);
        List<String> names = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element row : rows) {
            String type = row.select("td").first().select("a").first().text();
            assertThat(row.select("td").get(2).text()).as("最后更新 of " + type).matches("\\d{4}-\\d{2}-\\d{2}|暂无");
            org.jsoup.select.Elements links = row.select("td.downloads a");
            assertThat(links.eachText()).containsExactly("下载" + type + "CSV", "下载" + type + "JSON", type + "数据接口");
            assertThat(links.select(".visually-hidden").eachText()).allSatisfy(t -> assertThat(t).contains(type));
            names.addAll(links.eachText());
        }
        assertThat(names).as("every link's name tells it from the others").doesNotHaveDuplicates();
        assertThat(page.select("main").text()).doesNotContain("DCAT-AP JSON-LD").doesNotContain("API");
        assertThat(page.select("a[href=/api/v1/datasets]").text()).isEqualTo("数据目录（DCAT）");
    }
}
