package org.zwgk.portal.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditEvent;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.common.PortalConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 取消定时发布 (security audit): an approved draft waiting for its publication time can be stopped by its
 * organization's editors, reviewers and admin, with a reason; it goes back to its editors, is reviewed
 * again from the first level, and the scheduler never publishes it.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class UnscheduleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    WorkflowService workflow;

    private static Instant instant(LocalDateTime at) {
        return at.atZone(PortalConfig.ZONE).toInstant();
    }

    private static long auditCount(String action, long draftId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2", action, draftId));
    }

    /** The audit records about this draft (logins are audited too, so not the whole log). */
    private static long draftAudit(long draftId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("entityType = 'draft' and entityId = ?1", draftId));
    }

    @Test
    void aReviewerCancelsAScheduledPublicationWithAReasonAndReviewStartsAgain() {
        LocalDateTime at = Fixtures.scheduledTime();
        long id = fixtures.scheduled("szfb-editor", "tzgg", at);
        Staff reviewer = Staff.login("szfb-reviewer1");
        org.jsoup.nodes.Document page = Jsoup.parse(reviewer.get("/workbench/drafts/" + id).asString());
        assertThat(page.select("#status").text()).isEqualTo("已审核待发布");
        org.jsoup.nodes.Element form = page.selectFirst("#unschedule-form");
        assertThat(form).as("the page offers it").isNotNull();
        assertThat(form.attr("action")).isEqualTo("/workbench/drafts/" + id + "/unschedule");
        assertThat(form.select("input[name=csrf-token]")).hasSize(1);
        assertThat(form.select("input[name=lockVersion]").val()).isEqualTo(String.valueOf(fixtures.lockVersion(id)));
        assertThat(form.select("input[name=reason][required]")).hasSize(1);
        assertThat(form.select("#unschedule").attr("data-confirm-submit")).contains("退回撰稿人修改");
        assertThat(page.select("#unschedule-hint").text()).contains(TemplateTime.of(at));
        for (String staff : new String[]{"szfb-editor", "szfb-admin"}) {
            assertThat(Jsoup.parse(Staff.login(staff).get("/workbench/drafts/" + id).asString()).select("#unschedule")).as(staff).hasSize(1);
        }

        // a reason is required: 400, the page again saying so, nothing written
        long version = fixtures.lockVersion(id);
        long audited = draftAudit(id);
        Response blank = reviewer.post("/workbench/drafts/" + id + "/unschedule", Map.of("lockVersion", version, "reason", "  "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.asString()).select("#unschedule-reason-error").text()).contains("取消原因");
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.APPROVED);
        assertThat(fixtures.lockVersion(id)).isEqualTo(version);
        assertThat(draftAudit(id)).isEqualTo(audited);

        // as every form, only with the session's own token
        Response forged = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie(org.zwgk.portal.access.SessionCookie.NAME, reviewer.session()).contentType("application/x-www-form-urlencoded")
                .formParam("lockVersion", version).formParam("reason", "跨站伪造").post("/workbench/drafts/" + id + "/unschedule");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.APPROVED);
        assertThat(draftAudit(id)).isEqualTo(audited);

        // a page older than the draft's last change gets the workflow's 409
        Response stale = reviewer.post("/workbench/drafts/" + id + "/unschedule", Map.of("lockVersion", version - 1, "reason", "发现个人信息"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("您提交的内容没有保存");
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.APPROVED);

        Response done = reviewer.post(form.attr("action"), Map.of("lockVersion", version, "reason", "正文第二段含有当事人手机号码"));
        assertThat(done.statusCode()).as(done.asString()).isEqualTo(303);
        assertThat(done.getHeader("Location")).contains("/workbench/drafts/" + id).contains("done=unscheduled");
        Draft d = fixtures.draftNow(id);
        assertThat(d.status).isEqualTo(DraftStatus.RETURNED);
        assertThat(d.approvedLevels).isZero();
        assertThat(d.document).isNull();
        assertThat(auditCount("draft.unschedule", id)).isEqualTo(1);
        assertThat(Jsoup.parse(reviewer.get(done.getHeader("Location").replaceFirst("^https?://[^/]+", "")).asString())
                .select("#done").text()).contains("已取消定时发布");

        // the editor reads why, and edits it again
        Staff editor = Staff.login("szfb-editor");
        org.jsoup.nodes.Document returned = Jsoup.parse(editor.get("/workbench/drafts/" + id).asString());
        assertThat(returned.select("#status").text()).isEqualTo("已退回");
        assertThat(returned.select("#returned-because").text()).contains("取消了定时发布").contains("szfb-reviewer1")
                .contains("正文第二段含有当事人手机号码");
        assertThat(returned.select("#save")).hasSize(1);
        assertThat(returned.select("#unschedule")).isEmpty();
        assertThat(returned.select("#reviews").text()).contains("取消定时发布");

        // its time comes: nothing is published
        assertThat(new ScheduledPublisher(workflow, Clock.fixed(instant(at).plusSeconds(60), ZoneOffset.UTC)).publishDue()).isNotNegative();
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.RETURNED);
        assertThat(fixtures.draftNow(id).document).isNull();
        assertThat(auditCount("draft.publish", id)).isZero();

        // once cancelled, not again
        Response again = reviewer.post("/workbench/drafts/" + id + "/unschedule", Map.of("lockVersion", fixtures.lockVersion(id), "reason", "再次取消"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("不是已审核待发布");

        // sent again, it is reviewed from the first level: the approvals of the cancelled round count no more
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode()).isEqualTo(303);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(fixtures.draftNow(id).approvedLevels).isZero();
        WorkflowTest.approve(reviewer, id);
        assertThat(fixtures.draftNow(id).approvedLevels).as("szfb-reviewer1 approved level 1 of the cancelled round: again").isEqualTo(1);
    }

    @Test
    void theDraftsApiCancelsAScheduledPublicationAndTheEditorRecallsASubmittedDraft() {
        long id = fixtures.scheduled("czj-editor", "czj-qt", Fixtures.scheduledTime());
        Staff reviewer = Staff.login("czj-reviewer");
        long version = fixtures.lockVersion(id);
        // the reason is required, as on the page: 400 in words, nothing changed
        Response blank = reviewer.given().contentType("application/json").body("{\"lockVersion\":" + version + "}")
                .post("/api/v1/drafts/" + id + "/unschedule");
        assertThat(blank.statusCode()).as(blank.asString()).isEqualTo(400);
        assertThat(blank.asString()).contains("取消原因");
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.APPROVED);
        Response done = reviewer.given().contentType("application/json")
                .body("{\"lockVersion\":" + version + ",\"comment\":\"附件含有个人信息\"}").post("/api/v1/drafts/" + id + "/unschedule");
        assertThat(done.statusCode()).as(done.asString()).isEqualTo(200);
        assertThat(done.jsonPath().getString("status")).isEqualTo("RETURNED");
        assertThat(done.jsonPath().getInt("approvedLevels")).isZero();
        assertThat(auditCount("draft.unschedule", id)).isEqualTo(1);

        // the editor sends it again and takes it back before review, through the API too
        Staff editor = Staff.login("czj-editor");
        Response sent = editor.given().contentType("application/json")
                .body("{\"lockVersion\":" + fixtures.lockVersion(id) + "}").post("/api/v1/drafts/" + id + "/submit");
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(200);
        assertThat(sent.jsonPath().getString("status")).isEqualTo("SUBMITTED");
        Response recalled = editor.given().contentType("application/json")
                .body("{\"lockVersion\":" + sent.jsonPath().getLong("lockVersion") + "}").post("/api/v1/drafts/" + id + "/recall");
        assertThat(recalled.statusCode()).as(recalled.asString()).isEqualTo(200);
        assertThat(recalled.jsonPath().getString("status")).isEqualTo("DRAFT");
        assertThat(auditCount("draft.recall", id)).isEqualTo(1);
    }

    @Test
    void theEditorAndTheOrgAdminMayCancelTooAndTheSchedulerThenPublishesNothing() {
        LocalDateTime at = Fixtures.scheduledTime();
        for (String who : new String[]{"czj-editor", "czj-admin"}) {
            long id = fixtures.scheduled("czj-editor", "czyjs", at);
            Response r = Staff.login(who).post("/workbench/drafts/" + id + "/unschedule",
                    Map.of("lockVersion", fixtures.lockVersion(id), "reason", "尚未到公开时间"));
            assertThat(r.statusCode()).as(who + ": " + r.asString()).isEqualTo(303);
            new ScheduledPublisher(workflow, Clock.fixed(instant(at), ZoneOffset.UTC)).publishDue();
            assertThat(fixtures.draftNow(id).status).as(who).isEqualTo(DraftStatus.RETURNED);
            assertThat(fixtures.draftNow(id).document).as(who).isNull();
        }
    }

    @Test
    void anotherOrganizationsStaffTheSiteAdminAndTheAuditorCannotCancel() {
        LocalDateTime at = Fixtures.scheduledTime();
        long id = fixtures.scheduled("czj-editor", "czyjs", at);
        long audited = draftAudit(id);
        for (String who : new String[]{"szfb-editor", "szfb-reviewer1", "szfb-admin", "auditor"}) {
            Response r = Staff.login(who).post("/workbench/drafts/" + id + "/unschedule",
                    Map.of("lockVersion", fixtures.lockVersion(id), "reason", "他单位取消"));
            assertThat(r.statusCode()).as(who + ": not found, like a draft that does not exist").isEqualTo(404);
        }
        Staff siteAdmin = Staff.login("site-admin");
        assertThat(Jsoup.parse(siteAdmin.get("/workbench/drafts/" + id).asString()).select("#unschedule")).isEmpty();
        Response admin = siteAdmin.post("/workbench/drafts/" + id + "/unschedule",
                Map.of("lockVersion", fixtures.lockVersion(id), "reason", "网站管理员取消"));
        assertThat(admin.statusCode()).as("the site admin takes no workflow step of an organization's drafts").isEqualTo(403);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.APPROVED);
        assertThat(draftAudit(id)).as("nothing written about the draft").isEqualTo(audited);
    }

    @Test
    void onlyAnApprovedDraftWaitingForItsTimeIsCancelled() {
        Staff editor = Staff.login("czj-editor");
        long written = fixtures.draft("czj-editor", "czyjs");
        long inReview = fixtures.submitted("czj-editor", "czyjs");
        long published = fixtures.submitted("czj-editor", "czyjs");
        WorkflowTest.approve(Staff.login("czj-reviewer"), published);
        assertThat(fixtures.draftNow(published).status).isEqualTo(DraftStatus.PUBLISHED);
        for (long id : new long[]{written, inReview, published}) {
            DraftStatus before = fixtures.draftNow(id).status;
            assertThat(Jsoup.parse(editor.get("/workbench/drafts/" + id).asString()).select("#unschedule")).as(before.name()).isEmpty();
            Response r = editor.post("/workbench/drafts/" + id + "/unschedule", Map.of("lockVersion", fixtures.lockVersion(id), "reason", "取消"));
            assertThat(r.statusCode()).as(before.name()).isEqualTo(409);
            assertThat(r.asString()).contains("不是已审核待发布");
            assertThat(fixtures.draftNow(id).status).isEqualTo(before);
        }
    }

    @Test
    void aCancellationTheSchedulerMeetsHalfWayWinsAndNothingIsPublished() throws Exception {
        LocalDateTime at = Fixtures.scheduledTime();
        long id = fixtures.scheduled("czj-editor", "czyjs", at);
        var reviewer = fixtures.user("czj-reviewer");
        long version = fixtures.lockVersion(id);
        ExecutorService scheduler = Executors.newSingleThreadExecutor();
        AtomicReference<Future<Integer>> run = new AtomicReference<>();
        try {
            // the cancellation holds the draft's row while the scheduler, its time come, reads the drafts due
            QuarkusTransaction.requiringNew().run(() -> {
                workflow.unschedule(reviewer, id, version, "发布前发现内容有误", AuditLog.system("test"));
                Draft.getEntityManager().flush();
                run.set(scheduler.submit(() -> new ScheduledPublisher(workflow, Clock.fixed(instant(at), ZoneOffset.UTC)).publishDue()));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            run.get().get(60, TimeUnit.SECONDS);
        } finally {
            scheduler.shutdownNow();
        }
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.RETURNED);
        assertThat(fixtures.draftNow(id).document).isNull();
        assertThat(auditCount("draft.publish", id)).isZero();
    }

    /** A time as the pages show one. */
    private static final class TemplateTime {
        static String of(LocalDateTime at) {
            return org.zwgk.portal.web.TemplateExtensions.dateTime(instant(at));
        }
    }
}
