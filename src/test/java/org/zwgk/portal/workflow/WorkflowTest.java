package org.zwgk.portal.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.Eventually;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The editorial workflow through the workbench pages, as editors and reviewers use it. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class WorkflowTest {

    @Inject
    Fixtures fixtures;

    @jakarta.inject.Inject
    org.zwgk.portal.records.RecordFixtures records;

    @Inject
    WorkflowService workflow;

    @Inject
    AccountService accounts;

    static long createdId(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        Matcher m = Pattern.compile("/workbench/drafts/(\\d+)").matcher(r.getHeader("Location"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aNoticePassesThreeReviewLevelsAndIsPublishedAndFindable() {
        Staff editor = Staff.login("szfb-editor");
        String title = "关于开展2018年政务公开第三方评估的通知" + System.nanoTime();
        long id = createdId(editor.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE", "title", title,
                "body", "各区镇、各部门：\n\n请按照国家工商行政管理总局的要求做好准备。")));

        assertThat(editor.get("/workbench").asString()).as("my drafts").contains(title).contains("通知公告").contains("草稿");
        // the sensitive-words check shows the hit in place, and submitting needs the editor's confirmation
        String page = editor.get("/workbench/drafts/" + id).asString();
        assertThat(page).contains("敏感词提示（1 处）").contains("<mark title=\"机构已撤销");
        Response refused = editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("请逐一核对");
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.DRAFT);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit",
                fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);

        // the reviewer sees the same hits; 市政府办公室 reviews three times, each time by someone else
        Staff first = Staff.login("szfb-reviewer1");
        assertThat(first.get("/workbench").asString()).contains(title);
        assertThat(first.get("/workbench/drafts/" + id).asString()).contains("<mark title=\"机构已撤销").contains("第 1 审 / 共 3 审");
        assertThat(editor.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .as("nobody reviews their own draft").isEqualTo(403);
        approve(first, id);
        Response again = first.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("不同人员");
        approve(Staff.login("szfb-reviewer2"), id);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.SUBMITTED);
        RestAssured.given().queryParam("q", title).get("/api/v1/search").then().statusCode(200);
        assertThat(RestAssured.given().queryParam("q", title).get("/api/v1/search").asString())
                .as("unpublished is invisible").doesNotContain(title);
        approve(Staff.login("szfb-reviewer3"), id);

        Draft done = fixtures.draftNow(id);
        assertThat(done.status).isEqualTo(DraftStatus.PUBLISHED);
        long documentId = done.document.id;
        assertThat(RestAssured.get("/documents/" + documentId).asString()).contains(title).contains("各区镇、各部门");
        Eventually.within(java.time.Duration.ofSeconds(3), () -> assertThat(RestAssured.given().queryParam("q", title).get("/api/v1/search").asString()).contains(title));
    }

    @Test
    void theDraftApiListsMyDraftsAndShowsADraftOnlyToItsOrganizationsStaff() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        assertThat(editor.get("/api/v1/drafts").asString()).contains("\"id\":" + id);
        Response one = editor.get("/api/v1/drafts/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.asString()).contains("\"organization\":\"czj\"").contains("\"lockVersion\":");
        // nor to the auditor: a draft holds personal data the privacy review has yet to mask (security review)
        assertThat(Staff.login("auditor").get("/api/v1/drafts/" + id).statusCode()).isEqualTo(404);
        assertThat(Staff.login("auditor").get("/workbench/drafts/" + id).statusCode()).isEqualTo(404);
        assertThat(Staff.login("site-admin").get("/api/v1/drafts/" + id).statusCode()).as("who moves drafts between organizations").isEqualTo(200);
        Response other = Staff.login("szfb-editor").get("/api/v1/drafts/" + id);
        assertThat(other.statusCode()).as("another organization's draft is not found, like none").isEqualTo(404);
        assertThat(other.contentType()).contains("problem+json");
    }

    @Test
    void anOrgAdminSeesItsMembersAndNobodyElsesList() {
        String page = Staff.login("czj-admin").get("/workbench/organizations/czj/members").asString();
        assertThat(page).contains("czj-editor").contains("czj-reviewer").doesNotContain("szfb-editor");
        assertThat(Staff.login("czj-admin").get("/workbench/organizations/szfb/members").statusCode()).isEqualTo(403);
        assertThat(Staff.login("site-admin").get("/workbench/organizations/szfb/members").statusCode()).isEqualTo(200);
    }

    @Test
    void anOrgAdminGivesNoRoleToThemselvesAndTheLastOrgAdminStays() {
        Staff admin = Staff.login("czj-admin");
        var self = admin.post("/workbench/organizations/czj/members", Map.of("username", "czj-admin", "role", "reviewer"));
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.asString()).contains("不能给自己增加角色");
        assertThat(QuarkusTransaction.requiringNew().call(() -> workflow.reviewQueue(fixtures.user("czj-admin")))).isEmpty();
        long adminMembership = QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.organizations.Membership
                .<org.zwgk.portal.organizations.Membership>list("organization.code = ?1 and role = ?2", "czj",
                        org.zwgk.portal.access.Role.ORG_ADMIN).get(0).id);
        var last = Staff.login("site-admin").post("/workbench/organizations/czj/members/" + adminMembership + "/delete", Map.of());
        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(last.asString()).contains("最后一位单位管理员");
        assertThat(Staff.login("czj-admin").get("/workbench/organizations/czj/members").statusCode()).isEqualTo(200);
    }

    @Test
    void aReviewerAnOrganizationsLevelsNeedStaysAndRemovingAsksFirst() {
        // browser walk: szfb reviews in three levels; its third reviewer removed at one click, nothing could be published
        Staff admin = Staff.login("szfb-admin");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(admin.get("/workbench/organizations/szfb/members").asString());
        org.jsoup.select.Elements third = page.select("tr:contains(szfb-reviewer3) button");
        assertThat(third.attr("data-confirm-submit")).contains("szfb-reviewer3", "“审核”角色");
        assertThat(third.attr("aria-label")).as("each button says whom it removes").contains("szfb-reviewer3");
        long reviewer = QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.organizations.Membership
                .<org.zwgk.portal.organizations.Membership>list("organization.code = ?1 and role = ?2 and accountId = ?3", "szfb",
                        org.zwgk.portal.access.Role.REVIEWER, org.zwgk.portal.access.Account.findByUsername("szfb-reviewer3").orElseThrow().id)
                .get(0).id);
        // as many levels as it has reviewers (other tests may have given szfb more than its three)
        int reviewers = QuarkusTransaction.requiringNew().call(() -> (int) org.zwgk.portal.organizations.Membership.count(
                "organization.code = ?1 and role = ?2", "szfb", org.zwgk.portal.access.Role.REVIEWER));
        int levels = records.reviewLevels("szfb", reviewers);
        try {
            var refused = admin.post("/workbench/organizations/szfb/members/" + reviewer + "/delete", Map.of());
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(org.jsoup.Jsoup.parse(refused.asString()).select(".members, form[action$=/members]")).as("on the members page").isNotEmpty();
            assertThat(refused.asString()).contains("至少需要 " + reviewers + " 位审核人员", "只剩 " + (reviewers - 1) + " 位");
            assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.organizations.Membership.count("id", reviewer))).isEqualTo(1L);
        } finally {
            records.reviewLevels("szfb", levels);
        }

        // browser walk: the way the refusal points to, a new reviewer, ended on a bare 无权操作 page with the form lost
        var created = admin.post("/workbench/organizations/szfb/members/new", Map.of("username", "szfb-new-reviewer",
                "displayName", "新审核员", "role", "reviewer"));
        assertThat(created.statusCode()).isEqualTo(403);
        org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(created.asString());
        assertThat(again.select("input[name=displayName]").val()).isEqualTo("新审核员");
        assertThat(again.text()).contains("网站管理员");
        long editor = fixtures.member("szfb");
        var removed = admin.post("/workbench/organizations/szfb/members/" + editor + "/delete", Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(org.jsoup.Jsoup.parse(admin.get(removed.header("Location")).asString()).select("#removed").text()).contains("已移除");
    }

    @Test
    void aNewDraftInAnotherOrganizationsChannelSaysWhichChannelItGotInstead() {
        // browser walk: czyjs (市财政局) asked for, 政策文件 of 市政府办公室 shown without a word
        String page = Staff.login("szfb-editor").get("/workbench/drafts/new?channel=czyjs").asString();
        assertThat(org.jsoup.Jsoup.parse(page).text()).contains("没有“财政预决算”栏目的撰稿权限");
        assertThat(Staff.login("czj-editor").get("/workbench/drafts/new?channel=czyjs").asString()).doesNotContain("撰稿权限");
    }

    @Test
    void aDraftNamesItsWriterByNameNotByLogin() {
        long id = fixtures.draft("czj-editor", "czyjs");
        String page = org.jsoup.Jsoup.parse(Staff.login("czj-reviewer").get("/workbench/drafts/" + id).asString()).text();
        assertThat(page).contains("市财政局撰稿人（czj-editor）");
    }

    @Test
    void anAuditorHasNoChannelToWriteIn() {
        String page = Staff.login("auditor").get("/workbench/drafts/new").asString();
        assertThat(page).contains("您没有可以发布信息的栏目").doesNotContain("id=\"save\"");
    }

    @Test
    void aReturnedDraftGoesBackToTheEditorWithTheReason() {
        long id = fixtures.submitted("czj-editor", "czyjs");
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(reviewer.post("/workbench/drafts/" + id + "/return", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .as("a return needs a reason").isEqualTo(400);
        assertThat(reviewer.post("/workbench/drafts/" + id + "/return",
                Map.of("lockVersion", fixtures.lockVersion(id), "comment", "数据口径不一致，请核实")).statusCode()).isEqualTo(303);
        Staff editor = Staff.login("czj-editor");
        String page = editor.get("/workbench/drafts/" + id).asString();
        assertThat(page).contains("已退回").contains("数据口径不一致，请核实").contains("id=\"save\"");
    }

    @Test
    void aSecondEditorSavingAStaleCopyGetsAConflictAndKeepsWhatTheyTyped() {
        long id = fixtures.draft("szfb-editor", "tzgg");
        long stale = fixtures.lockVersion(id);
        Staff editor = Staff.login("szfb-editor");
        assertThat(editor.post("/workbench/drafts/" + id, Map.of("lockVersion", stale, "type", "NOTICE",
                "title", "第一位编辑的标题", "body", "第一位编辑的正文")).statusCode()).isEqualTo(303);
        Response conflict = editor.post("/workbench/drafts/" + id, Map.of("lockVersion", stale, "type", "NOTICE",
                "title", "第二位编辑的标题", "body", "第二位编辑辛苦写的正文"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString()).contains("您提交的内容没有保存").contains("第二位编辑辛苦写的正文");
        assertThat(fixtures.draftNow(id).meta.title).isEqualTo("第一位编辑的标题");
    }

    @Test
    void nobodyFindsTheirOwnDraftInTheirReviewQueueOnThePageOrInTheApi() {
        String both = "czj-both-" + System.nanoTime() % 1_000_000;
        String password = "Kunshan-both-2018";
        QuarkusTransaction.requiringNew().run(() -> accounts.upsert(both, "财政局撰稿兼审核", password,
                EnumSet.noneOf(Role.class), Map.of("czj", EnumSet.of(Role.EDITOR, Role.REVIEWER)), AuditLog.system("test")));
        long own = fixtures.submitted(both, "czyjs");
        long colleagues = fixtures.submitted("czj-editor", "czyjs");
        Staff me = Staff.loginWith(both, password);

        org.jsoup.nodes.Element queue = org.jsoup.Jsoup.parse(me.get("/workbench").asString()).selectFirst("#review-queue");
        assertThat(queue).isNotNull();
        assertThat(queue.select("a[href]").eachAttr("href")).as("the page's review queue")
                .contains("/workbench/drafts/" + colleagues).doesNotContain("/workbench/drafts/" + own);

        io.restassured.path.json.JsonPath api = me.get("/api/v1/drafts").jsonPath();
        assertThat(api.getList("awaitingMyReview.id", Long.class)).as("the API's review queue")
                .contains(colleagues).doesNotContain(own);
        assertThat(api.getList("mine.id", Long.class)).contains(own);
    }

    @Test
    void aReviewersHomeLinksWhereCitizensContributionsAreModerated() {
        // browser walk: "另行审核，见本页开头的提示" with no hint at the top of the page
        org.jsoup.nodes.Element queue = org.jsoup.Jsoup.parse(Staff.login("czj-reviewer").get("/workbench").asString()).selectFirst("#review-queue");
        assertThat(queue).isNotNull();
        assertThat(queue.text()).doesNotContain("见本页开头的提示");
        org.jsoup.nodes.Element where = queue.selectFirst("#contributions-where");
        assertThat(where).isNotNull();
        assertThat(where.text()).contains("意见、问题和填空回答");
        assertThat(where.select("a").eachAttr("href")).containsExactly("/workbench/consultations", "/workbench/interviews", "/workbench/surveys");
    }

    private static org.jsoup.nodes.Document home(Staff staff) {
        return org.jsoup.Jsoup.parse(staff.get("/workbench").asString());
    }

    @Test
    void theMenuAndHomeOfferOnlyWhatThePersonCanDo() {
        // browser walk: the auditor's menu led to 新建稿件 and 依申请公开 pages that only said they had no channel or office
        org.jsoup.nodes.Document auditor = org.jsoup.Jsoup.parse(Staff.login("auditor").get("/workbench").asString());
        assertThat(auditor.select(".workbench-nav a").eachText()).contains("来信办理", "审计日志")
                .doesNotContain("新建稿件", "依申请公开", "年度报告");
        assertThat(auditor.select("#my-drafts, #review-queue, #published")).as("no empty sections of others' work").isEmpty();
        // browser walk: the auditor's home showed only the role; it names where oversight starts
        assertThat(auditor.select("#oversight a").eachAttr("href")).contains("/workbench/audit", "/workbench/messages/health",
                "/workbench/records");
        assertThat(auditor.select("#oversight").text()).contains("只读");
        assertThat(home(Staff.login("czj-editor")).select("#oversight")).as("staff of a unit have their own work there").isEmpty();
        org.jsoup.nodes.Document editor = home(Staff.login("czj-editor"));
        assertThat(editor.select(".workbench-nav a").eachText()).contains("新建稿件", "依申请公开");
        assertThat(editor.select("#my-drafts")).hasSize(1);
        assertThat(editor.select("#review-queue")).as("an editor reviews nothing").isEmpty();
        assertThat(org.jsoup.Jsoup.parse(Staff.login("czj-admin").get("/workbench").asString()).select(".workbench-nav a").eachText())
                .as("an organization named, not its code").anyMatch(t -> t.contains("昆山市财政局"));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingSaved() {
        long id = fixtures.draft("szfb-editor", "tzgg");
        Staff editor = Staff.login("szfb-editor");
        Response r = editor.post("/workbench/drafts/" + id, Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                "title", "", "body", "新的正文"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).contains("请填写“标题”").contains("新的正文");
        Response date = editor.post("/workbench/drafts/" + id, Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                "title", "标题", "body", "正文", "writtenOn", "2018-13-45"));
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.asString()).contains("成文日期");
        assertThat(editor.post("/workbench/drafts/" + id, Map.of("lockVersion", "abc")).statusCode()).isEqualTo(400);
        assertThat(fixtures.draftNow(id).meta.body).doesNotContain("新的正文");
    }

    @Test
    void aScheduledPublicationWaitsForItsTime() {
        Staff editor = Staff.login("czj-editor");
        String title = "2018年市级部门预算公开" + System.nanoTime();
        // a time well ahead: the publisher below is driven with clocks of its own, the real one never reaches it
        LocalDateTime at = LocalDateTime.now(org.zwgk.portal.common.PortalConfig.ZONE).plusDays(1).withNano(0);
        long id = createdId(editor.post("/workbench/drafts", Map.of("channel", "czyjs", "type", "NOTICE", "title", title,
                "body", "部门预算表见附件。", "scheduledAt", at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")))));
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode()).isEqualTo(303);
        approve(Staff.login("czj-reviewer"), id);
        assertThat(fixtures.draftNow(id).status).as("approved, waiting for its time").isEqualTo(DraftStatus.APPROVED);

        Instant due = at.atZone(org.zwgk.portal.common.PortalConfig.ZONE).toInstant();
        new ScheduledPublisher(workflow, Clock.fixed(due.minusSeconds(1), ZoneOffset.UTC)).publishDue();
        assertThat(fixtures.draftNow(id).status).as("a second before its time it still waits").isEqualTo(DraftStatus.APPROVED);
        assertThat(new ScheduledPublisher(workflow, Clock.fixed(due, ZoneOffset.UTC)).publishDue()).isPositive();
        assertThat(fixtures.draftNow(id).status).as("published when its time comes").isEqualTo(DraftStatus.PUBLISHED);
        long documentId = fixtures.draftNow(id).document.id;
        assertThat(RestAssured.get("/documents/" + documentId).asString()).contains(title);
        String actor = QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent
                .<org.zwgk.portal.audit.AuditEvent>find("action = 'document.publish' and entityId = ?1", documentId).firstResult().actor);
        assertThat(actor).as("published in the name of the reviewer who released it").isEqualTo("czj-reviewer");
    }

    @Test
    void aRevisionNeedsAChangeNoteBecomesANewVersionAndShowsItsDiff() {
        long documentId = fixtures.published("czyjs");
        Staff editor = Staff.login("czj-editor");
        // one version: nothing to compare, and the page says so instead of comparing v1.0 with itself
        String single = editor.get("/workbench/documents/" + documentId + "/versions").asString();
        assertThat(single).contains("只有一个版本（v1.0）").doesNotContain("v1.0 → v1.0").doesNotContain("<select name=\"from\"");
        // an editor revises; who withdraws is said where the heading promised both (browser walk: 修订或撤回, no 撤回)
        org.jsoup.nodes.Document actions = org.jsoup.Jsoup.parse(single);
        assertThat(actions.select("#document-actions h2").text()).isEqualTo("修订");
        assertThat(actions.select("#withdraw-by-reviewer").text()).contains("审核人员");
        org.jsoup.nodes.Document reviewers = org.jsoup.Jsoup.parse(Staff.login("czj-reviewer").get("/workbench/documents/" + documentId + "/versions").asString());
        assertThat(reviewers.select("#document-actions h2").text()).as("a reviewer who does not edit").isEqualTo("撤回");
        assertThat(reviewers.select("#revise")).isEmpty();
        assertThat(reviewers.select("#withdraw-by-reviewer")).isEmpty();
        Response revise = editor.post("/workbench/documents/" + documentId + "/revise");
        long id = createdId(revise);
        assertThat(editor.post("/workbench/documents/" + documentId + "/revise").getHeader("Location"))
                .as("one open revision per document").endsWith("/workbench/drafts/" + id);
        Draft d = fixtures.draftNow(id);
        assertThat(editor.post("/workbench/drafts/" + id, Map.of("lockVersion", d.lockVersion, "type", "NOTICE", "title", d.meta.title,
                "body", d.meta.body.replace("第二段。", "第二段已更正。"), "changeKind", "MINOR")).statusCode()).isEqualTo(303);
        Response noNote = editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id));
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.asString()).contains("修改说明");
        d = fixtures.draftNow(id);
        editor.post("/workbench/drafts/" + id, Map.of("lockVersion", d.lockVersion, "type", "NOTICE", "title", d.meta.title,
                "body", d.meta.body, "changeKind", "MINOR", "changeNote", "更正第二段表述"));
        String page = editor.get("/workbench/drafts/" + id).asString();
        assertThat(page).contains("与已发布版本的差异").contains("<tr class=\"removed\">").contains("第二段已更正。");
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode()).isEqualTo(303);
        approve(Staff.login("czj-reviewer"), id);
        String published = RestAssured.get("/documents/" + documentId).asString();
        assertThat(published).contains("第二段已更正。").contains("v1.1").contains("更正第二段表述");
        org.jsoup.select.Elements rows = org.jsoup.Jsoup.parse(published).select("tr:has(td:matchesOwn(^v1\\.0$)), tr:has(a:matchesOwn(^v1\\.0$))");
        assertThat(rows.text()).as("the first version is its first publication, not a change").contains("首次发布").doesNotContain("重大修改");
        assertThat(editor.get("/workbench/drafts/" + id).asString()).as("published: nothing left to compare")
                .contains("已发布为").doesNotContain("修订已发布信息").doesNotContain("与已发布版本的差异");
        String versions = editor.get("/workbench/documents/" + documentId + "/versions").asString();
        assertThat(versions).contains("v1.0 → v1.1").contains("<tr class=\"added\">").contains("第二段已更正。");
        assertThat(editor.get("/workbench/documents/" + documentId + "/versions?from=9.9").statusCode()).isEqualTo(400);
        assertThat(Staff.login("szfb-editor").get("/workbench/documents/" + documentId + "/versions").statusCode())
                .as("another organization's staff").isEqualTo(403);
    }

    @Test
    void theApprovalThatPublishesAsksFirst() {
        long id = fixtures.submitted("szfb-editor", "tzgg");
        org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(Staff.login("szfb-reviewer1").get("/workbench/drafts/" + id).asString());
        assertThat(first.select("#approve")).hasSize(1);
        assertThat(first.select("#approve").attr("data-confirm-submit")).as("level 1 of 3 publishes nothing").isEmpty();
        approve(Staff.login("szfb-reviewer1"), id);
        approve(Staff.login("szfb-reviewer2"), id);
        org.jsoup.nodes.Document last = org.jsoup.Jsoup.parse(Staff.login("szfb-reviewer3").get("/workbench/drafts/" + id).asString());
        assertThat(last.select("#approve").attr("data-confirm-submit")).contains("立即公开发布");
        assertThat(last.select("script[src=/js/confirm.js]")).hasSize(1);
    }

    @Test
    void aWithdrawalNeedsAReasonAndKeepsAPublicPage() {
        long documentId = fixtures.published("czyjs");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                org.zwgk.portal.documents.Document.<org.zwgk.portal.documents.Document>findById(documentId).meta.summary = "摘要写明了张三的住址");
        assertThat(RestAssured.get("/api/v1/documents/" + documentId).jsonPath().getString("document.summary")).isEqualTo("摘要写明了张三的住址");
        Staff reviewer = Staff.login("czj-reviewer");
        Response blank = reviewer.post("/workbench/documents/" + documentId + "/withdraw", Map.of("reason", "   "));
        assertThat(blank.statusCode()).isEqualTo(400);
        // browser walk: a public error page without the staff navigation or the document; the versions page again
        org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(blank.asString());
        assertThat(again.select("#withdraw-error").text()).contains("撤回理由");
        assertThat(again.select("#withdraw-reason[aria-invalid=true]")).hasSize(1);
        assertThat(again.select("#withdraw-form")).hasSize(1);
        org.jsoup.nodes.Document before = org.jsoup.Jsoup.parse(RestAssured.get("/documents/" + documentId).asString());
        assertThat(before.select("td.validity")).as("none stated: no 有效性 row, neither 无 (read as 'not valid') nor the editors' 未标注").isEmpty();
        assertThat(before.select("#history tbody tr").first().text()).as("首次发布 once, not also as its note")
                .containsOnlyOnce("首次发布");
        assertThat(before.select(".doc-tools")).isNotEmpty();
        Response withdrawn = reviewer.post("/workbench/documents/" + documentId + "/withdraw", Map.of("reason", "内容已过时效"));
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        // browser walk: the reviewer landed on the public page; the workbench says it was done, and links the public page
        assertThat(withdrawn.header("Location")).endsWith("/workbench/documents/" + documentId + "/versions?done=withdrawn");
        org.jsoup.nodes.Document told = org.jsoup.Jsoup.parse(reviewer.get("/workbench/documents/" + documentId + "/versions?done=withdrawn").asString());
        assertThat(told.select("#done").text()).startsWith("已撤回");
        assertThat(told.select("#done a").attr("href")).isEqualTo("/documents/" + documentId);
        assertThat(told.select("nav.workbench-nav")).hasSize(1);
        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(RestAssured.get("/documents/" + documentId).asString());
        assertThat(after.text()).contains("内容已过时效").doesNotContain("张三");
        // security audit: the API kept a withdrawn document's 摘要, which says what it was withdrawn for as its text does
        io.restassured.path.json.JsonPath api = RestAssured.get("/api/v1/documents/" + documentId).jsonPath();
        assertThat(api.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(api.getString("document.summary")).isNull();
        assertThat(RestAssured.get("/api/v1/documents/" + documentId).asString()).doesNotContain("张三");
        // editor walk: font size and print for a text that is gone, and an empty history table
        assertThat(after.select(".doc-tools")).isEmpty();
        assertThat(after.select("#history").isEmpty() || !after.select("#history tbody tr").isEmpty()).isTrue();
    }

    @Test
    void aCorrectionOfADocumentWithdrawnMeanwhileGoesNoFurther() {
        // editor walk: a correction of a withdrawn document passed three reviews and was reported 已发布, unseen by anyone
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        long written = fixtures.published("czyjs");
        long writing = createdId(editor.post("/workbench/documents/" + written + "/revise"));
        long inReview = fixtures.published("czyjs");
        long reviewing = createdId(editor.post("/workbench/documents/" + inReview + "/revise"));
        long scheduled = fixtures.published("czyjs");
        long waiting = createdId(editor.post("/workbench/documents/" + scheduled + "/revise"));
        String at = LocalDateTime.now(org.zwgk.portal.common.PortalConfig.ZONE).plusDays(1).withNano(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        for (long id : new long[]{writing, reviewing, waiting}) {
            assertThat(editor.post("/workbench/drafts/" + id, fixtures.form(id, "changeNote", "更正表述", "scheduledAt", id == waiting ? at : ""))
                    .statusCode()).isEqualTo(303);
        }
        assertThat(editor.post("/workbench/drafts/" + reviewing + "/submit", fixtures.form(reviewing)).statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + waiting + "/submit", fixtures.form(waiting)).statusCode()).isEqualTo(303);
        approve(reviewer, waiting);
        assertThat(reviewer.get("/workbench/documents/" + written + "/versions").asString())
                .as("withdrawing asks first").contains("data-confirm-submit=\"撤回后公众将不能再阅读本信息的内容");
        for (long doc : new long[]{written, inReview, scheduled}) {
            assertThat(reviewer.post("/workbench/documents/" + doc + "/withdraw", Map.of("reason", "内容有误")).statusCode()).isEqualTo(303);
        }

        Response submit = editor.post("/workbench/drafts/" + writing + "/submit", fixtures.form(writing));
        assertThat(submit.statusCode()).isEqualTo(409);
        assertThat(submit.asString()).contains("所修订的信息已撤回");
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/drafts/" + writing).asString()).select("#revises-withdrawn").text())
                .contains("可放弃本稿");
        Response approval = reviewer.post("/workbench/drafts/" + reviewing + "/approve", Map.of("lockVersion", fixtures.lockVersion(reviewing)));
        assertThat(approval.statusCode()).isEqualTo(409);
        assertThat(fixtures.draftNow(reviewing).status).isEqualTo(DraftStatus.SUBMITTED);
        Instant due = LocalDateTime.parse(at).atZone(org.zwgk.portal.common.PortalConfig.ZONE).toInstant();
        new ScheduledPublisher(workflow, Clock.fixed(due, ZoneOffset.UTC)).publishDue();
        assertThat(fixtures.draftNow(waiting).status).as("its time came after the withdrawal: back to the editor").isEqualTo(DraftStatus.RETURNED);
        assertThat(RestAssured.get("/documents/" + scheduled).asString()).contains("v1.0").doesNotContain("v1.1");
        assertThat(editor.post("/workbench/documents/" + scheduled + "/revise").statusCode()).as("no new correction either").isEqualTo(409);
    }

    @Test
    void theRecentlyPublishedListNarrowsToOneChannel() {
        // editor walk: szfb's list was twenty 一号答 answers, the notice it had just published out of sight
        long notice = fixtures.published("tzgg");
        org.jsoup.nodes.Document all = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench").asString());
        assertThat(all.select("#published-channel option").eachAttr("value")).contains("", "tzgg", "yhd").doesNotContain("czyjs");
        // szfb has two channels named 政策文件 (the site's and its own 部门信息公开 one): the list tells them apart (browser walk)
        java.util.List<String> labels = all.select("#published-channel option").eachText();
        assertThat(labels).doesNotHaveDuplicates();
        org.jsoup.nodes.Document one = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench?channel=tzgg").asString());
        assertThat(one.select("#published tbody tr td:eq(1)").eachText()).isNotEmpty().allMatch(c -> c.equals("通知公告"));
        assertThat(one.select("#published a[href=/documents/" + notice + "]")).hasSize(1);
        assertThat(one.select("#published-channel option[selected]").attr("value")).isEqualTo("tzgg");
        assertThat(org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench?channel=czyjs").asString())
                .select("#published tbody tr")).as("another organization's channel shows nothing").isEmpty();
    }

    @Test
    void theWorkbenchListsWhatWasPublishedAndOffersItsCorrectionAndWithdrawal() {
        long earlier = fixtures.published("czyjs");
        long documentId = fixtures.published("czyjs");
        Staff editor = Staff.login("czj-editor");
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(editor.get("/workbench").asString());
        assertThat(home.select("#published a[href$=/documents/" + documentId + "/versions#document-actions]")).hasSize(1);
        // an editor corrects, only a reviewer or the organization's admin withdraws
        org.jsoup.nodes.Document forEditor = org.jsoup.Jsoup.parse(editor.get("/workbench/documents/" + documentId + "/versions").asString());
        assertThat(forEditor.select("#revise")).hasSize(1);
        assertThat(forEditor.select("#withdraw")).isEmpty();
        long revision = createdId(editor.post(forEditor.select("#revise").first().parent().attr("action")));
        assertThat(fixtures.draftNow(revision).document.id).isEqualTo(documentId);

        Staff reviewer = Staff.login("czj-reviewer");
        org.jsoup.nodes.Document forReviewer = org.jsoup.Jsoup.parse(reviewer.get("/workbench/documents/" + documentId + "/versions").asString());
        assertThat(forReviewer.select("#revise")).isEmpty();
        assertThat(forReviewer.select("#withdraw-form input[name=reason][required]")).hasSize(1);
        assertThat(reviewer.post(forReviewer.select("#withdraw-form").attr("action"), Map.of("reason", "已被新文件替代")).statusCode())
                .isEqualTo(303);
        assertThat(RestAssured.get("/documents/" + documentId).asString()).contains("已被新文件替代");
        // browser walk: an old version's address then answered a bare 404; it leads to the page that says why
        io.restassured.response.Response oldVersion = RestAssured.given().redirects().follow(false).get("/documents/" + documentId + "/versions/1.0");
        assertThat(oldVersion.statusCode()).isEqualTo(303);
        assertThat(oldVersion.header("Location")).endsWith("/documents/" + documentId);
        assertThat(RestAssured.given().redirects().follow(false).get("/documents/" + documentId + "/versions/9.0").statusCode()).isEqualTo(303);
        assertThat(RestAssured.get("/documents/" + earlier + "/versions/9.0").statusCode()).as("a version that never was").isEqualTo(404);
        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(reviewer.get("/workbench/documents/" + documentId + "/versions").asString());
        assertThat(after.select("#document-actions")).isEmpty();
        assertThat(after.select("#document-status").text()).contains("已撤回");
        // gone because it was withdrawn, not because the list was cut: the one published before it is still there
        org.jsoup.nodes.Document homeAfter = org.jsoup.Jsoup.parse(editor.get("/workbench").asString());
        assertThat(homeAfter.select("#published a[href$=/documents/" + earlier + "/versions#document-actions]")).hasSize(1);
        assertThat(homeAfter.select("#published a[href$=/documents/" + documentId + "/versions#document-actions]")).isEmpty();
    }

    @Test
    void anEditorTakesASubmittedDraftBackAndReviewStartsAgain() {
        long id = fixtures.submitted("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(editor.get("/workbench/drafts/" + id).asString());
        assertThat(page.select("#recall")).hasSize(1);
        assertThat(org.jsoup.Jsoup.parse(Staff.login("czj-reviewer").get("/workbench/drafts/" + id).asString()).select("#recall"))
                .as("a reviewer returns it instead").isEmpty();
        assertThat(Staff.login("szfb-editor").post("/workbench/drafts/" + id + "/recall",
                Map.of("lockVersion", fixtures.lockVersion(id))).statusCode()).as("another organization's editor").isEqualTo(404);
        Response recalled = editor.post(page.select("#recall-form").attr("action"), Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(recalled.statusCode()).isEqualTo(303);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.DRAFT);
        assertThat(editor.get(recalled.getHeader("Location").replaceFirst("^https?://[^/]+", "")).asString()).contains("已撤回提交");
        assertThat(Staff.login("czj-reviewer").post("/workbench/drafts/" + id + "/approve",
                Map.of("lockVersion", fixtures.lockVersion(id))).statusCode()).as("no longer in review").isEqualTo(409);
        assertThat(editor.post("/workbench/drafts/" + id + "/recall", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .as("only a submitted draft").isEqualTo(409);
    }

    @Test
    void theBoxesThatMarkHitsShowTheTextAsWrittenAndSaySoWhileThePreviewRendersIt() {
        // browser walk: the box marking the findings showed "# 一图读懂" and read as a page that failed to render
        Staff editor = Staff.login("czj-editor");
        long id = createdId(editor.post("/workbench/drafts", Map.of("channel", "czyjs", "type", "NOTICE",
                "title", "一图读懂停车新规" + Long.toString(System.nanoTime(), 36),
                "body", "# 一图读懂\n\n咨询电话13812345678，**工作日**受理。")));
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Staff.login("czj-reviewer").get("/workbench/drafts/" + id).asString());
        assertThat(page.select("#privacy-in-place").text()).as("the marks stand at positions of the text as typed")
                .contains("# 一图读懂").contains("**工作日**");
        assertThat(page.select("#privacy .in-place .hint").text()).contains("按撰稿人输入的原样显示").contains("预览");
        assertThat(page.select("#preview .body").text()).as("rendered, masked, no Markdown marks")
                .contains("一图读懂").contains("138****5678").doesNotContain("# ").doesNotContain("**工作日**").doesNotContain("13812345678");
        assertThat(page.select("#preview .body strong").text()).isEqualTo("工作日");
    }

    static void approve(Staff reviewer, long id) {
        Response r = reviewer.post("/workbench/drafts/" + id + "/approve",
                Map.of("lockVersion", io.quarkus.arc.Arc.container().instance(Fixtures.class).get().lockVersion(id)));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
    }
}
