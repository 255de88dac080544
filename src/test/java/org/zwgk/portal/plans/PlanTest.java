package org.zwgk.portal.plans;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.TestClock;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.workflow.Draft;
import org.zwgk.portal.workflow.Fixtures;
import org.zwgk.portal.workflow.WorkflowService;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan as live data: the seed plan imported at start, every organization's channel set, results
 * reported by the units a row names (and only by them), 逾期 across the due date, the dashboard against
 * a hand-counted fixture plan, its CSV read back, and the public pages and API.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class PlanTest {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Fixtures fixtures;
    @Inject
    PlanImport planImport;
    @Inject
    PlanService plans;
    @Inject
    Ownership ownership;
    @Inject
    WorkflowService workflow;
    @Inject
    Deidentifier privacy;
    @Inject
    AuditLog audit;

    @Test
    void theSeedPlanIsImportedWithEveryRowAndItsUnits() {
        JsonPath list = RestAssured.get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("id", String.class)).contains("kunshan-2018");
        assertThat(list.getString("find { it.id == 'kunshan-2018' }.organization")).isEqualTo("昆山市人民政府办公室");
        assertThat(list.getString("find { it.id == 'kunshan-2018' }.url")).isEqualTo("/plans/kunshan-2018");

        JsonPath plan = RestAssured.get("/api/v1/plans/kunshan-2018").then().statusCode(200).extract().jsonPath();
        assertThat(plan.getInt("year")).isEqualTo(2018);
        // read years later, its page and dashboard say the 逾期 days count only what was reported on this site
        assertThat(org.jsoup.Jsoup.parse(RestAssured.get("/plans/kunshan-2018").asString()).select("#past-year").text())
                .contains("2018年", "已经结束", "不代表该项工作没有落实");
        assertThat(org.jsoup.Jsoup.parse(RestAssured.get("/plans/kunshan-2018/dashboard").asString()).select("#past-year")).hasSize(1);
        // browser walk: every row shouted 逾期2894天 in red, days counted to today for a year long over
        org.jsoup.nodes.Document past = org.jsoup.Jsoup.parse(RestAssured.get("/plans/kunshan-2018").asString());
        assertThat(past.select(".overdue")).isEmpty();
        assertThat(past.select(".overdue-past").eachText()).isNotEmpty().allMatch("未在时限内报送"::equals);
        assertThat(org.jsoup.Jsoup.parse(RestAssured.get("/plans/kunshan-2018/rows/25").asString()).text()).doesNotContainPattern("逾期\\d+天");
        // citizen walk: a row whose text names no time read 2018-12-31（据“未写明，取计划年度末”）
        assertThat(org.jsoup.Jsoup.parse(RestAssured.get("/plans/kunshan-2018/rows/13").asString()).text())
                .contains("2018-12-31 （原文未写明完成时限，按计划年度末计）").doesNotContain("据“未写明");
        assertThat(plan.getList("goals")).hasSize(3);
        assertThat(plan.getList("goals.tasks.flatten()")).hasSize(11);
        List<Integer> numbers = plan.getList("goals.tasks.flatten().rows.flatten().number", Integer.class);
        assertThat(numbers).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 35).boxed().toList());
        Map<String, Object> row11 = plan.getMap("goals.tasks.flatten().rows.flatten().find { it.number == 11 }");
        assertThat((List<String>) row11.get("lead")).contains("中共昆山市委农村工作办公室", "昆山市民政局", "昆山市市场监督管理局",
                "昆山市环境保护局", "张浦镇人民政府");
        assertThat((List<String>) row11.get("responsible")).containsExactly("昆山市教育局", "昆山市人力资源和社会保障局",
                "昆山市文化广电新闻出版局", "昆山市卫生和计划生育委员会", "昆山市体育局", "昆山市安全生产监督管理局");
        assertThat(row11.get("due")).isEqualTo("2018-12-31");
        assertThat(row11.get("status")).isIn("NOT_STARTED", "IN_PROGRESS", "DONE");
        assertThat(row11.get("text").toString()).startsWith("社会公益事业建设领域");
        Map<String, Object> row2 = plan.getMap("goals.tasks.flatten().rows.flatten().find { it.number == 2 }");
        assertThat((List<String>) row2.get("lead")).hasSize(18).contains("昆山市财政局").doesNotContain("昆山市人大常委会办公室");
        assertThat((List<String>) row2.get("responsible")).isEmpty();

        RestAssured.get("/api/v1/plans/no-such-plan").then().statusCode(404).contentType(containsProblem());
        String openapi = RestAssured.get("/q/openapi?format=json").asString();
        assertThat(openapi).contains("/api/v1/plans", "/api/v1/plans/{id}");
    }

    private static String containsProblem() {
        return "application/problem+json";
    }

    @Test
    void everyOrganizationOwnsItsOwnChannelSet() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Organization> orgs = Organization.listOrdered();
            assertThat(orgs).hasSizeGreaterThanOrEqualTo(34);
            for (Organization o : orgs) {
                for (String suffix : List.of("-jggk", "-zcwj", "-gzyd", "-ghjh", "-czxx", "-qt")) {
                    Channel c = Channel.findByCode(o.code + suffix).orElseThrow(() -> new AssertionError(o.code + suffix));
                    assertThat(c.owner).as(c.code).isEqualTo(o);
                }
            }
            assertThat(Channel.findByCode("czj-gzyd").orElseThrow().name).isEqualTo("工作要点");
        });
    }

    @Inject
    org.zwgk.portal.content.ContentImporter importer;

    @Test
    void aNewOrganizationGetsItsChannelSetOnImportAndABadPlanFileWritesNothing() {
        org.zwgk.portal.TestContent content = org.zwgk.portal.TestContent.copyOfRepository();
        content.write("organizations.yaml", content.read("organizations.yaml") + """
                - code: testorg
                  name: 昆山市测试局
                  unitCode: "KS0099999"
                  type: DEPARTMENT
                  parent: ksgov
                  sortOrder: 99
                """);
        importer.importFrom(content.root);
        QuarkusTransaction.requiringNew().run(() -> {
            Organization o = Organization.findByCode("testorg").orElseThrow();
            for (String suffix : List.of("-jggk", "-zcwj", "-gzyd", "-ghjh", "-czxx", "-qt")) {
                assertThat(Channel.findByCode("testorg" + suffix).orElseThrow().owner).isEqualTo(o);
            }
        });
        long audit = fixtures.auditCount();
        content.replace("plans/kunshan-2018.yaml", "lead: [xyb]", "lead: [nosuchunit]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importFrom(content.root))
                .hasMessageContaining("nosuchunit").hasMessageContaining("plans/kunshan-2018.yaml");
        assertThat(fixtures.auditCount()).isEqualTo(audit);
    }

    @Test
    void aUnitNotNamedOnTheRowIsRefusedAndNothingIsWritten() {
        Staff czj = Staff.login("czj-editor");
        Staff szfb = Staff.login("szfb-editor");
        Staff anon = Staff.anonymous();
        long auditBefore = fixtures.auditCount();
        long drafts = QuarkusTransaction.requiringNew().call(() -> Draft.count());
        // row 30 names only 市政府办公室
        Response r = czj.post("/plans/kunshan-2018/rows/30/report",
                Map.of("organization", "czj", "status", "IN_PROGRESS", "title", "越权报送", "body", "不应写入"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.asString()).contains("权限", "第30项");
        // szfb's editor is no editor of 市财政局, though the row names it
        Response other = szfb.post("/plans/kunshan-2018/rows/8/report",
                Map.of("organization", "czj", "status", "IN_PROGRESS", "body", "不应写入"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(fixtures.auditCount()).isEqualTo(auditBefore);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Draft.count())).isEqualTo(drafts);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PlanResult.count("row.number = 30"))).isZero();
        // nobody logged in goes to the login form
        Response anonymous = anon.post("/plans/kunshan-2018/rows/8/report",
                Map.of("organization", "czj", "status", "IN_PROGRESS", "body", "x"));
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.getHeader("Location")).contains("/login");
        // bad evidence is a 400 on the form, nothing written
        Response bad = czj.post("/plans/kunshan-2018/rows/8/report",
                Map.of("organization", "czj", "status", "IN_PROGRESS", "body", "正文", "evidence", "/documents/999999999"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("没有找到“/documents/999999999”对应的已公开文件");
        // browser walk: the message was not tied to the field it is about
        assertThat(org.jsoup.Jsoup.parse(bad.asString()).select("textarea#evidence[aria-invalid=true]").attr("aria-describedby"))
                .contains("form-error");
        assertThat(fixtures.auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void aResultGoesThroughReviewAndThenShowsOnTheRowWithItsEvidence() {
        long evidence = fixtures.published("czyjs");
        Staff czj = Staff.login("czj-editor");
        Response r = czj.post("/plans/kunshan-2018/rows/8/report", Map.of("organization", "czj", "status", "DONE",
                "title", "市财政局预决算公开落实情况" + SEQ.incrementAndGet(), "body", "已按要求公开部门预决算。",
                "evidence", "http://localhost/documents/" + evidence));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        long draftId = Long.parseLong(r.getHeader("Location").replaceAll(".*/drafts/(\\d+).*", "$1"));
        Draft d = fixtures.draftNow(draftId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>findById(draftId).channel.code)).isEqualTo("czj-gzyd");
        assertThat(d.meta.type.name()).isEqualTo("TASK_RESULT");
        // unpublished is invisible
        assertThat(RestAssured.get("/plans/kunshan-2018/rows/8").asString()).doesNotContain(d.meta.title);

        // the evidence link taken out of the text: refused, or the row would list what the approved text does not name
        String withoutEvidence = d.meta.body.replaceAll("- \\[[^\n]*\\]\\(/documents/" + evidence + "\\)\n?", "");
        assertThat(withoutEvidence).isNotEqualTo(d.meta.body);
        Response refused = czj.post("/workbench/drafts/" + draftId + "/submit", fixtures.form(draftId, "body", withoutEvidence));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("正文须保留佐证材料");

        QuarkusTransaction.requiringNew().run(() -> workflow.submit(fixtures.user("czj-editor"), draftId,
                fixtures.lockVersion(draftId), true, AuditLog.system("test")));
        QuarkusTransaction.requiringNew().run(() -> workflow.approve(fixtures.user("czj-reviewer"), draftId,
                fixtures.lockVersion(draftId), null, AuditLog.system("test")));
        long documentId = fixtures.draftNow(draftId).document.id;

        String rowPage = RestAssured.get("/plans/kunshan-2018/rows/8").then().statusCode(200).extract().asString();
        assertThat(rowPage).contains(d.meta.title, "/documents/" + documentId, "/documents/" + evidence, "已完成", "公开属性：主动公开");
        JsonPath plan = RestAssured.get("/api/v1/plans/kunshan-2018").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> results = plan.getList("goals.tasks.flatten().rows.flatten().find { it.number == 8 }.results");
        assertThat(results).anySatisfy(x -> {
            assertThat(x.get("organization")).isEqualTo("昆山市财政局");
            assertThat(x.get("status")).isEqualTo("DONE");
            assertThat(x.get("url")).isEqualTo("/documents/" + documentId);
            assertThat((List<String>) x.get("evidence")).containsExactly("/documents/" + evidence);
        });
        // 市财政局 is the row's only lead unit: the row is done
        assertThat(plan.getString("goals.tasks.flatten().rows.flatten().find { it.number == 8 }.status")).isEqualTo("DONE");
        // traceability both ways: the result and its evidence name the row and link to it
        assertThat(RestAssured.get("/documents/" + documentId).then().statusCode(200).extract().asString())
                .contains("第8项任务的落实情况", "/plans/kunshan-2018/rows/8", "<strong>已完成</strong>", "rows/8\" rel=\"nofollow\">第8项</a>",
                        "href=\"/documents/" + evidence + "\"");
        assertThat(RestAssured.get("/documents/" + evidence).then().statusCode(200).extract().asString())
                .contains("第8项任务的佐证材料", "/plans/kunshan-2018/rows/8");
        // the organization's page lists its rows
        String unit = RestAssured.get("/plans/kunshan-2018/units/czj").then().statusCode(200).extract().asString();
        assertThat(unit).contains("昆山市财政局承担的工作要点任务", "/plans/kunshan-2018/rows/8", "/plans/kunshan-2018/rows/35");
    }

    @Test
    void theStatusShownIsTheOneTheReviewerApprovedAndNothingBeforeApproval() {
        String title = "市财政局第1项落实情况" + SEQ.incrementAndGet();
        Staff czj = Staff.login("czj-editor");
        Response r = czj.post("/plans/kunshan-2018/rows/1/report", Map.of("organization", "czj", "status", "DONE",
                "title", title, "body", "已全部完成。"));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        long draftId = Long.parseLong(r.getHeader("Location").replaceAll(".*/drafts/(\\d+).*", "$1"));
        String submit = "/workbench/drafts/" + draftId + "/submit";
        String body = fixtures.draftNow(draftId).meta.body;

        // audit: the text rewritten to say the work has not started, the 进展 reported left 已完成
        Response rewritten = czj.post(submit, fixtures.form(draftId, "body", "本项工作尚未开始。\n\n当前状态：未开始"));
        assertThat(rewritten.statusCode()).isEqualTo(400);
        assertThat(rewritten.asString()).contains("正文须写明报送时选定的进展", "已完成", "重新报送");
        // the generated line itself changed to another 进展, or a second one added: refused as well
        Response changed = czj.post(submit, fixtures.form(draftId, "body", body.replace("进展：**已完成**", "进展：**未开始**")));
        assertThat(changed.statusCode()).isEqualTo(400);
        Response both = czj.post(submit, fixtures.form(draftId, "body", body + "\n进展：**未开始**\n"));
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(fixtures.draftNow(draftId).status).isEqualTo(org.zwgk.portal.workflow.DraftStatus.DRAFT);

        // the wording changed, the 进展 kept: to review, and the reviewer is told what the plan will show
        Response submitted = czj.post(submit, fixtures.form(draftId, "body", body.replace("已全部完成。", "已全部完成，年底前公开。")));
        assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(303);
        assertThat(Staff.login("czj-reviewer").get("/workbench/drafts/" + draftId).asString())
                .contains("第1项任务中昆山市财政局的进展显示为“已完成”");
        // nothing public before approval
        assertThat(RestAssured.get("/plans/kunshan-2018/rows/1").asString()).doesNotContain(title);
        assertThat(RestAssured.get("/api/v1/plans/kunshan-2018").asString()).doesNotContain(title);

        QuarkusTransaction.requiringNew().run(() -> workflow.approve(fixtures.user("czj-reviewer"), draftId,
                fixtures.lockVersion(draftId), null, AuditLog.system("test")));
        long documentId = fixtures.draftNow(draftId).document.id;
        List<Map<String, Object>> results = RestAssured.get("/api/v1/plans/kunshan-2018").then().statusCode(200).extract().jsonPath()
                .getList("goals.tasks.flatten().rows.flatten().find { it.number == 1 }.results");
        assertThat(results).filteredOn(x -> ("/documents/" + documentId).equals(x.get("url")))
                .singleElement().satisfies(x -> assertThat(x.get("status")).isEqualTo("DONE"));
        // and the published text says the same
        assertThat(RestAssured.get("/documents/" + documentId).then().statusCode(200).extract().asString())
                .contains("已全部完成，年底前公开。", "<strong>已完成</strong>").doesNotContain("未开始");
    }

    /** Gives a published document this 文号, as its editor would have. */
    static void docNumber(long id, String number) {
        QuarkusTransaction.requiringNew().run(() -> org.zwgk.portal.documents.Document.<org.zwgk.portal.documents.Document>findById(id).meta.docNumber = number);
    }

    @Test
    void evidenceTypedAsADocNumberWithSpacesInsideIsOneDocument() {
        // a 文号 copied from a printed page comes with spaces: it was cut at them and each piece refused
        long notice = fixtures.published("czyjs");
        long order = fixtures.published("czyjs");
        long national = fixtures.published("czyjs");
        long byId = fixtures.published("czyjs");
        long byAddress = fixtures.published("czyjs");
        docNumber(notice, "昆财〔2027〕" + notice + "号");
        docNumber(order, "财政部令第" + order + "号");
        // promulgated as 中华人民共和国国务院令第N号, cited as 国务院令第N号
        docNumber(national, "中华人民共和国国务院令第" + national + "号");
        Staff czj = Staff.login("czj-editor");
        Response r = czj.post("/plans/kunshan-2018/rows/8/report", Map.of("organization", "czj", "status", "IN_PROGRESS",
                "title", "带文号佐证的落实情况" + SEQ.incrementAndGet(), "body", "已按要求公开。",
                "evidence", "昆财 〔2027〕 " + notice + "号\n财政部令 第" + order + "号\n国务院令 第" + national + "号\n" + byId + " http://localhost/documents/" + byAddress));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        long draftId = Long.parseLong(r.getHeader("Location").replaceAll(".*/drafts/(\\d+).*", "$1"));
        // the draft the editor and reviewers read links every document, in the order typed
        String body = fixtures.draftNow(draftId).meta.body;
        assertThat(body).containsSubsequence("/documents/" + notice + ")", "/documents/" + order + ")",
                "/documents/" + national + ")", "/documents/" + byId + ")", "/documents/" + byAddress + ")");
        // a 文号 that names nothing is refused whole, as typed, not as its pieces
        Response bad = czj.post("/plans/kunshan-2018/rows/8/report", Map.of("organization", "czj", "status", "IN_PROGRESS",
                "body", "正文", "evidence", "昆财 〔2027〕 999999999号"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("没有找到“昆财 〔2027〕 999999999号”对应的已公开文件").doesNotContain("没有找到“昆财”");
    }

    @Test
    void overdueIsComputedAcrossTheDueDateInTheCitysTimeZone() {
        // 2018-12-31 23:00 in Kunshan: the last day of the year, nothing is overdue yet
        TestClock clock = new TestClock(Instant.parse("2018-12-31T15:00:00Z"));
        PlanService service = new PlanService(ownership, workflow, clock, privacy, audit);
        PlanViews.Row before = QuarkusTransaction.requiringNew().call(() -> service.view("kunshan-2018").rows().get(29));
        assertThat(before.number()).isEqualTo(30);
        assertThat(before.overdue()).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.view("kunshan-2018").pastYear())).isFalse();
        clock.advance(Duration.ofHours(1)); // 2019-01-01 00:00 in Kunshan
        // the year is over: the page says its 逾期 counts only what was reported here
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.view("kunshan-2018").pastYear())).isTrue();
        PlanViews.Row after = QuarkusTransaction.requiringNew().call(() -> service.view("kunshan-2018").rows().get(29));
        assertThat(after.status()).isNotEqualTo(ResultStatus.DONE);
        assertThat(after.overdue()).isTrue();
        assertThat(after.daysOverdue()).isEqualTo(1);
        clock.advance(Duration.ofDays(30));
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.view("kunshan-2018").rows().get(29).daysOverdue())).isEqualTo(31);
        // done is never overdue
        assertThat(PlanService.daysOverdue(ResultStatus.DONE, LocalDate.of(2018, 6, 30), LocalDate.of(2019, 1, 1))).isZero();
        assertThat(PlanService.daysOverdue(ResultStatus.IN_PROGRESS, LocalDate.of(2018, 6, 30), LocalDate.of(2018, 6, 30))).isZero();
        assertThat(PlanService.daysOverdue(ResultStatus.NOT_STARTED, LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1))).isEqualTo(1);
    }

    /**
     * A small plan counted by hand: rows 1 (lead czj, responsible group g1 = czj + fgw, due 06-30),
     * 2 (lead fgw, due 12-31) and 3 (lead g1, due 12-31); czj reports row 1 done and row 3 in progress.
     */
    @Test
    void theDashboardCountsMatchAHandCountedFixtureAndItsCsvReadsBack() throws Exception {
        String code = "fixture-" + SEQ.incrementAndGet();
        PlanSpec spec = new PlanSpec("test", code, "测试工作要点", 2018, "szfb", null, null,
                List.of(new PlanSpec.Group("g1", "测试单位组", List.of("czj", "fgw"))),
                List.of(new PlanSpec.Goal(1, "一", "目标一", List.of(
                        new PlanSpec.Task(1, "（一）", "任务一", List.of(
                                new PlanSpec.Row(0, 1, "第一项内容", "市财政局", List.of("czj"), "测试单位组", List.of("g1"),
                                        LocalDate.of(2018, 6, 30), "6月底前", null),
                                new PlanSpec.Row(0, 2, "第二项内容", "市发改委", List.of("fgw"), null, List.of(),
                                        LocalDate.of(2018, 12, 31), null, null))),
                        new PlanSpec.Task(2, "（二）", "任务二", List.of(
                                new PlanSpec.Row(0, 3, "第三项内容", "测试单位组", List.of("g1"), null, List.of(),
                                        LocalDate.of(2018, 12, 31), null, null)))))),
                List.of());
        QuarkusTransaction.requiringNew().run(() -> assertThat(planImport.apply(spec, AuditLog.system("test"))).isEmpty());
        publishResult(code, 1, "DONE");
        publishResult(code, 3, "IN_PROGRESS");

        TestClock clock = new TestClock(Instant.parse("2018-07-15T04:00:00Z"));
        PlanService service = new PlanService(ownership, workflow, clock, privacy, audit);
        PlanViews.Dashboard july = QuarkusTransaction.requiringNew().call(() -> service.dashboard(code));
        assertThat(july.byUnit()).extracting(PlanViews.Count::key).containsExactly("fgw", "czj");
        assertCount(july.byUnit().get(0), 3, 3, 0, 0, 1, 15);   // fgw: row 1 overdue since 06-30
        assertCount(july.byUnit().get(1), 2, 0, 1, 1, 0, 0);    // czj
        assertThat(july.byTask()).extracting(PlanViews.Count::key).containsExactly("1", "2");
        assertCount(july.byTask().get(0), 2, 1, 0, 1, 0, 0);    // row 1 done (its lead is), row 2 not started
        assertCount(july.byTask().get(1), 1, 0, 1, 0, 0, 0);

        clock.advance(Duration.between(Instant.parse("2018-07-15T04:00:00Z"), Instant.parse("2019-01-02T04:00:00Z")));
        PlanViews.Dashboard january = QuarkusTransaction.requiringNew().call(() -> service.dashboard(code));
        assertCount(january.byUnit().get(0), 3, 3, 0, 0, 3, 186);
        assertCount(january.byUnit().get(1), 2, 0, 1, 1, 1, 2);
        assertCount(january.byTask().get(0), 2, 1, 0, 1, 1, 2);
        assertCount(january.byTask().get(1), 1, 0, 1, 0, 1, 2);

        // the CSV as Excel gets it: UTF-8 with BOM, then the same counts as the page's (today's) dashboard
        byte[] bytes = RestAssured.get("/plans/" + code + "/dashboard.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
        PlanViews.Dashboard today = QuarkusTransaction.requiringNew().call(() -> plans.dashboard(code));
        List<PlanViews.Count> expected = new java.util.ArrayList<>(today.byUnit());
        expected.addAll(today.byTask());
        assertThat(records).hasSize(expected.size());
        for (int i = 0; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            PlanViews.Count c = expected.get(i);
            assertThat(rec.values()).containsExactly(i < today.byUnit().size() ? "按单位" : "按任务", c.name(),
                    String.valueOf(c.rows()), String.valueOf(c.notStarted()), String.valueOf(c.inProgress()),
                    String.valueOf(c.done()), String.valueOf(c.overdue()), String.valueOf(c.maxDaysOverdue()));
        }
        assertThat(records.get(0).get(1)).isEqualTo("市发改委");

        String page = RestAssured.get("/plans/" + code + "/dashboard").then().statusCode(200).extract().asString();
        assertThat(page).contains("按单位", "按任务", "市发改委", "（一）任务一", "/plans/" + code + "/dashboard.csv");
        String planPage = RestAssured.get("/plans/" + code).then().statusCode(200).extract().asString();
        // its year (2018) is over when the page is read: late rows say so without counting days to today
        assertThat(planPage).contains("第一项内容", "测试单位组", "已完成", "推进中", "未开始", "未在时限内报送");
    }

    private void publishResult(String plan, int row, String status) {
        PlanService.ReportInput in = new PlanService.ReportInput("czj", status, "测试结果" + SEQ.incrementAndGet(), "落实情况正文。", "");
        long draftId = QuarkusTransaction.requiringNew().call(() ->
                plans.report(fixtures.user("czj-editor"), plan, row, in, AuditLog.system("test")).id);
        QuarkusTransaction.requiringNew().run(() -> workflow.submit(fixtures.user("czj-editor"), draftId,
                fixtures.lockVersion(draftId), true, AuditLog.system("test")));
        QuarkusTransaction.requiringNew().run(() -> workflow.approve(fixtures.user("czj-reviewer"), draftId,
                fixtures.lockVersion(draftId), null, AuditLog.system("test")));
    }

    private static void assertCount(PlanViews.Count c, int rows, int notStarted, int inProgress, int done, int overdue, long maxDays) {
        assertThat(List.of(c.rows(), c.notStarted(), c.inProgress(), c.done(), c.overdue(), (int) c.maxDaysOverdue()))
                .as(c.key() + " rows, not started, in progress, done, overdue, max days overdue")
                .containsExactly(rows, notStarted, inProgress, done, overdue, (int) maxDays);
    }

    @Test
    void thePagesWorkWithoutJavaScript() {
        String plan = RestAssured.get("/plans/kunshan-2018").then().statusCode(200).extract().asString();
        assertThat(plan).contains("昆山市2018年政务公开工作要点实施方案", "高质量推进政务发布解读回应工作",
                "（十一）进一步提升政府网站建设管理水平", "市各有关部门", "2018-12-31", "转录说明", "、、");
        // no script of its own: only the search box's suggestions, which every page has and none needs
        assertThat(org.jsoup.Jsoup.parse(plan).select("script").eachAttr("src")).allMatch(src -> src.startsWith("/js/suggest.js?v="));
        // where it is in the site, and the notice that issued it a click away (browser walk: neither)
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(plan);
        assertThat(page.select("nav.breadcrumb a").eachAttr("href")).containsExactly("/", "/plans");
        String notice = page.select("a#plan-notice").attr("href");
        assertThat(page.select("a#plan-notice").text()).isEqualTo("昆政办发〔2018〕152号");
        assertThat(org.jsoup.Jsoup.parse(RestAssured.get(notice).then().statusCode(200).extract().asString()).select("h1").text())
                .isEqualTo("市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知");
        // the transcription notes are for citizens: Chinese, no file names or codes
        assertThat(org.jsoup.Jsoup.parse(plan).select(".plan-decisions").text()).contains("录入笔误")
                .doesNotContainPattern("[A-Za-z]{2,}");
        String row = RestAssured.get("/plans/kunshan-2018/rows/21").then().statusCode(200).extract().asString();
        assertThat(row).contains("第21项", "1个工作日内", "登录后报送落实情况");
        assertThat(RestAssured.get("/plans/kunshan-2018/rows/36").then().statusCode(404).extract().asString()).contains("没有第36项");
        // what was typed, not a row 0 nobody asked for
        assertThat(RestAssured.get("/plans/kunshan-2018/rows/x").then().statusCode(404).extract().asString())
                .contains("“x”不是工作要点的项号").doesNotContain("第0项");
        assertThat(RestAssured.get("/plans").then().statusCode(200).extract().asString()).contains("/plans/kunshan-2018");
        // a unit named on the row sees the form; one that is not is told so
        assertThat(Staff.login("czj-editor").get("/plans/kunshan-2018/rows/8").asString()).contains("name=\"organization\"", "昆山市财政局");
        assertThat(Staff.login("czj-editor").get("/plans/kunshan-2018/rows/30").asString()).contains("不是本项任务的牵头单位或责任单位")
                .doesNotContain("name=\"organization\"");
    }

    /** Seed row 13: an interpretation linked from the workbench; the reviewer of a policy without one is warned. */
    @Test
    void aPolicyWithoutInterpretationWarnsItsReviewerAndIsListedUntilOneIsPublished() {
        String title = "测试规范性文件" + SEQ.incrementAndGet();
        org.zwgk.portal.workflow.DraftInput policy = Fixtures.policyInput(title, "政策正文。");
        long policyDraft = QuarkusTransaction.requiringNew().call(() ->
                workflow.create(fixtures.user("czj-editor"), "czj-zcwj", policy, AuditLog.system("test")).id);
        QuarkusTransaction.requiringNew().run(() -> workflow.submit(fixtures.user("czj-editor"), policyDraft,
                fixtures.lockVersion(policyDraft), true, AuditLog.system("test")));
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(reviewer.get("/workbench/drafts/" + policyDraft).asString()).contains("id=\"no-interpretation\"", "第13项");
        QuarkusTransaction.requiringNew().run(() -> workflow.approve(fixtures.user("czj-reviewer"), policyDraft,
                fixtures.lockVersion(policyDraft), null, AuditLog.system("test")));
        long policyId = fixtures.draftNow(policyDraft).document.id;
        assertThat(RestAssured.get("/plans/kunshan-2018/dashboard").asString()).contains(title, "/documents/" + policyId);

        // a notice cannot claim to interpret; an interpretation names the published policy
        Staff editor = Staff.login("czj-editor");
        Response wrong = editor.post("/workbench/drafts", Map.of("channel", "czj-qt", "type", "NOTICE", "title", "不是解读",
                "body", "正文", "interprets", "/documents/" + policyId));
        assertThat(wrong.statusCode()).isEqualTo(400);
        Response made = editor.post("/workbench/drafts", Map.of("channel", "czj-qt", "type", "INTERPRETATION",
                "title", "解读" + title, "body", "解读正文。", "interprets", "/documents/" + policyId));
        assertThat(made.statusCode()).as(made.asString()).isEqualTo(303);
        long interpretation = Long.parseLong(made.getHeader("Location").replaceAll(".*/drafts/(\\d+).*", "$1"));
        QuarkusTransaction.requiringNew().run(() -> workflow.submit(fixtures.user("czj-editor"), interpretation,
                fixtures.lockVersion(interpretation), true, AuditLog.system("test")));
        QuarkusTransaction.requiringNew().run(() -> workflow.approve(fixtures.user("czj-reviewer"), interpretation,
                fixtures.lockVersion(interpretation), null, AuditLog.system("test")));
        long interpretationId = fixtures.draftNow(interpretation).document.id;
        assertThat(RestAssured.get("/documents/" + policyId).asString()).contains("/documents/" + interpretationId);
        assertThat(RestAssured.get("/plans/kunshan-2018/dashboard").asString()).doesNotContain("/documents/" + policyId + "\"");
    }
}
