package org.zwgk.portal.consultations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.messages.MessagesTestProfile;
import org.zwgk.portal.workflow.ReviewForms;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 征集调查 through the pages: opened by an organization's editor (30 days for a 重大行政决策 unless
 * a reason is given), a citizen's comment held for moderation and shown de-identified, another
 * organization kept out, a consultation past its end date closed by itself, the feedback published.
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class ConsultationTest {

    static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    static String text(Response r) {
        return r.asString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    long idOf(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Consultation.<Consultation>find("title", title).firstResult().id);
    }

    /** A review form as the consultation's workbench page posts it: its version now and the {@code fields}. */
    static Map<String, Object> seen(long id, Object... fields) {
        return org.zwgk.portal.workflow.ReviewForms.seen(Consultation.class, id, fields);
    }

    @Test
    void personalDataTypedByStaffIsMaskedOnThePublicPages() {
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("czj-editor");
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于11010519491231002X来信的征求意见",
                "description", "联系人手机 13912345678。", "opensOn", today.minusDays(1).toString(),
                "closesOn", today.plusDays(30).toString())).statusCode()).isEqualTo(303);
        long id = idOf("关于11010519491231002X来信的征求意见");
        assertThat(Staff.login("czj-reviewer").post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        for (String page : new String[]{"/hudong/consultations/" + id, "/hudong/consultations"}) {
            String html = given().get(page).asString();
            assertThat(html).as(page).doesNotContain("11010519491231002X", "13912345678").contains("002X");
        }
        assertThat(editor.get("/workbench/consultations/" + id).asString()).as("staff see what they typed")
                .contains("11010519491231002X");
    }

    @Test
    void aListedWordInWhatItShowsIsCheckedByTheReviewerBeforeItIsPublished() {
        // security audit: consultations and interviews went public without the sensitive-word check drafts get
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/consultations").asString()).select("#organization option[value=czj]").text())
                .as("the organization chosen by its name (browser walk: the code was shown)").isEqualTo("昆山市财政局");
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于台湾国字样的征求意见",
                "description", "征求意见稿。", "opensOn", today.toString(), "closesOn", today.plusDays(30).toString())).statusCode())
                .isEqualTo(303);
        long id = idOf("关于台湾国字样的征求意见");
        assertThat(org.jsoup.Jsoup.parse(reviewer.get("/workbench/consultations").asString()).select("li:contains(关于台湾国字样的征求意见) .awaiting-review"))
                .as("the list says it waits for review").hasSize(1);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(reviewer.get("/workbench/consultations/" + id).asString());
        assertThat(page.select("#publication-flagged").text()).contains("“台湾国”");
        assertThat(page.select("#publication-review input[name=acknowledged][required]")).hasSize(1);
        Response unchecked = reviewer.post("/workbench/consultations/" + id + "/publish", seen(id));
        assertThat(unchecked.statusCode()).isEqualTo(409);
        assertThat(text(unchecked)).contains("“台湾国”", "我已核对");
        assertThat(given().get("/hudong/consultations/" + id).statusCode()).as("still not public").isEqualTo(404);
        assertThat(reviewer.post("/workbench/consultations/" + id + "/publish", seen(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        assertThat(given().get("/hudong/consultations/" + id).statusCode()).isEqualTo(200);
        // the comment box counts as one types, as the letter form's does (browser walk: a long paste was cut silently)
        assertThat(org.jsoup.Jsoup.parse(given().get("/hudong/consultations/" + id).asString())
                .select("script[src=" + org.zwgk.portal.web.Routes.lengthScript() + "][data-count]")).hasSize(1);
        String audited = QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.<org.zwgk.portal.audit.AuditEvent>find(
                "action = ?1 and entityId = ?2", "consultation.publish", id).firstResult().detail);
        assertThat(audited).as("the confirmation leaves a trace").contains("台湾国");
    }

    @Test
    void aReviewerSendsItBackWithAReasonAndItsEditorChangesOrDeletesIt() {
        // browser walk: a consultation could only be published or left waiting, never sent back with a comment,
        // and its editor could neither mend nor delete one not yet public
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("szfb-editor");
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "szfb", "title", "关于退回修改的征求意见",
                "description", "征求意见稿。", "opensOn", today.toString(), "closesOn", today.plusDays(30).toString())).statusCode())
                .isEqualTo(303);
        long id = idOf("关于退回修改的征求意见");
        Staff first = Staff.login("szfb-reviewer1");
        Staff second = Staff.login("szfb-reviewer2");
        assertThat(first.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        org.jsoup.nodes.Document reviewing = org.jsoup.Jsoup.parse(second.get("/workbench/consultations/" + id).asString());
        assertThat(reviewing.select("#return-for-changes textarea[name=returnComment][required]")).hasSize(1);
        assertThat(reviewing.select("#discard")).as("a reviewer who does not edit deletes nothing").isEmpty();
        Response empty = second.post("/workbench/consultations/" + id + "/return", seen(id, "returnComment", "  "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(text(empty)).contains("须填写退回意见");
        assertThat(second.post("/workbench/consultations/" + id + "/return", seen(id, "returnComment", "请写明意见反馈的联系方式。"))
                .statusCode()).isEqualTo(303);

        // nobody reviews it while it waits for its editor, and the approval of 一审 is void
        Staff third = Staff.login("szfb-reviewer3");
        org.jsoup.nodes.Document returned = org.jsoup.Jsoup.parse(third.get("/workbench/consultations/" + id).asString());
        assertThat(returned.select("#publish")).isEmpty();
        assertThat(returned.select("#return-comment").text()).isEqualTo("请写明意见反馈的联系方式。");
        assertThat(third.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(409);
        assertThat(given().get("/hudong/consultations/" + id).statusCode()).isEqualTo(404);
        assertThat(org.jsoup.Jsoup.parse(third.get("/workbench").asString()).select("#other-reviews a:contains(关于退回修改的征求意见)"))
                .as("not in anyone's review queue").isEmpty();

        // its editor finds it on the workbench home and on its page, with the reason and the form filled in
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(editor.get("/workbench").asString());
        assertThat(home.select("#returned-others tr:contains(关于退回修改的征求意见)").text()).contains("征集", "szfb-reviewer2");
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/consultations").asString())
                .select("li:contains(关于退回修改的征求意见) .awaiting-review").text()).isEqualTo("已退回修改");
        org.jsoup.nodes.Document own = org.jsoup.Jsoup.parse(editor.get("/workbench/consultations/" + id).asString());
        assertThat(own.select("#return-comment").text()).isEqualTo("请写明意见反馈的联系方式。");
        assertThat(own.select("#change[open] input[name=title]").val()).isEqualTo("关于退回修改的征求意见");
        assertThat(own.select("#change input[name=closesOn]").val()).isEqualTo(today.plusDays(30).toString());

        // a wrong change is refused next to its field and changes nothing
        Response wrong = editor.post("/workbench/consultations/" + id + "/change", Map.of("title", "关于退回修改的征求意见（改）",
                "description", "征求意见稿。", "opensOn", today.plusDays(5).toString(), "closesOn", today.toString()));
        assertThat(wrong.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(wrong.asString());
        assertThat(refused.select("#change[open] #closesOn-error").text()).isNotBlank();
        assertThat(refused.select("#change input[name=title]").val()).as("what was typed stays").isEqualTo("关于退回修改的征求意见（改）");
        assertThat(idOf("关于退回修改的征求意见")).isEqualTo(id);

        // written days ago, changed today: the review queue shows it as sent to review today
        java.time.Instant written = java.time.Instant.now().minus(java.time.Duration.ofDays(3));
        QuarkusTransaction.requiringNew().run(() -> Consultation.update("createdAt = ?1 where id = ?2", written, id));
        assertThat(editor.post("/workbench/consultations/" + id + "/change", Map.of("title", "关于退回修改的征求意见（修改稿）",
                "description", "征求意见稿。意见请寄市政府办公室。", "opensOn", today.toString(), "closesOn", today.plusDays(30).toString()))
                .statusCode()).isEqualTo(303);
        assertThat(org.jsoup.Jsoup.parse(first.get("/workbench").asString()).select("#other-reviews tr:contains(关于退回修改的征求意见（修改稿）)").text())
                .contains(LocalDate.now(PortalConfig.ZONE).toString())
                .doesNotContain(written.atZone(PortalConfig.ZONE).toLocalDate().toString());
        org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(first.get("/workbench/consultations/" + id).asString());
        assertThat(again.select("#return-comment")).as("in review again").isEmpty();
        assertThat(again.select("#publication-review .review-levels").text()).as("from the first level").contains("0/3");
        assertThat(first.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).as("一审 again").isEqualTo(303);
        String audited = QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.<org.zwgk.portal.audit.AuditEvent>find(
                "action = ?1 and entityId = ?2", "consultation.return", id).firstResult().detail);
        assertThat(audited).contains("请写明意见反馈的联系方式。");

        // one never public can be deleted by its editors; a public one cannot
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/consultations/" + id).asString()).select("#discard").attr("data-confirm-submit"))
                .contains("不能恢复");
        Response discarded = editor.post("/workbench/consultations/" + id + "/discard");
        assertThat(discarded.statusCode()).isEqualTo(303);
        assertThat(discarded.header("Location")).endsWith("/workbench/consultations?done=discarded");
        assertThat(org.jsoup.Jsoup.parse(editor.get(discarded.header("Location")).asString()).select("#done").text()).isEqualTo("已删除。");
        assertThat(editor.get("/workbench/consultations/" + id).statusCode()).isEqualTo(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.access.PublicationApproval.count("itemId", id)))
                .as("its approvals went with it").isZero();
    }

    @jakarta.inject.Inject
    org.zwgk.portal.workflow.Fixtures fixtures;

    @jakarta.inject.Inject
    ConsultationFixtures consultations;

    @Test
    void aReviewFormWithoutTheVersionItsPageShowedIsRefusedAndChangesNothing() {
        // security review: a hand-made post that left the version out skipped the seen-version check
        long id = consultations.draft("czj", "czj-editor");
        long waiting = consultations.feedbackWaiting("czj", "czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        ReviewForms.Review before = ReviewForms.review(Consultation.class, id);
        long audited = fixtures.auditCount();

        Response sendBack = ReviewForms.refusedWithoutVersion(reviewer, "/workbench/consultations/" + id, "1.0", "请补充联系方式");
        assertThat(org.jsoup.Jsoup.parse(sendBack.asString()).select("#return-for-changes[open] textarea[name=returnComment]").val())
                .as("the reason typed is kept").isEqualTo("请补充联系方式");
        Response approve = reviewer.post("/workbench/consultations/" + waiting + "/feedback/approve", Map.of("version", " "));
        assertThat(approve.statusCode()).isEqualTo(400);
        assertThat(text(approve)).contains("审核表单缺少所审核内容的版本号");

        assertThat(ReviewForms.review(Consultation.class, id)).as("neither approved nor sent back").isEqualTo(before);
        assertThat(given().get("/hudong/consultations/" + id).statusCode()).isEqualTo(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Consultation.<Consultation>findById(waiting).feedbackApprovedBy))
                .as("the feedback not approved").isNull();
        assertThat(fixtures.auditCount()).as("nothing audited: nothing done").isEqualTo(audited);
        // the page's own forms name it
        assertThat(reviewer.post("/workbench/consultations/" + waiting + "/feedback/approve", seen(waiting)).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
    }

    @Test
    void aChangeMadeWhileAReviewerHadThePageOpenIsNotApprovedUnseenAndItsMakerApprovesNothing() {
        // review of the change: a stale page's 发布 approved the text an editor had just saved
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("czj-editor");
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于审核中修改的征求意见",
                "description", "第一稿。", "opensOn", today.toString(), "closesOn", today.plusDays(30).toString())).statusCode())
                .isEqualTo(303);
        long id = idOf("关于审核中修改的征求意见");
        Staff reviewer = Staff.login("czj-reviewer");
        String seen = org.jsoup.Jsoup.parse(reviewer.get("/workbench/consultations/" + id).asString())
                .select("form[action$=/publish] input[name=version]").val();
        assertThat(seen).isNotBlank();
        // a colleague who edits and reviews for 市财政局 changes it meanwhile
        String both = fixtures.accountWith(Map.of("czj", java.util.Set.of(org.zwgk.portal.access.Role.EDITOR,
                org.zwgk.portal.access.Role.REVIEWER)));
        Staff colleague = Staff.loginWith(both, org.zwgk.portal.workflow.Fixtures.PASSWORD);
        assertThat(colleague.post("/workbench/consultations/" + id + "/change", Map.of("title", "关于审核中修改的征求意见",
                "description", "第二稿，加了一段。", "opensOn", today.toString(), "closesOn", today.plusDays(30).toString())).statusCode())
                .isEqualTo(303);
        Response stale = reviewer.post("/workbench/consultations/" + id + "/publish", Map.of("version", seen));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(text(stale)).contains("内容已被修改", "第二稿，加了一段。");
        assertThat(given().get("/hudong/consultations/" + id).statusCode()).isEqualTo(404);
        Response staleReturn = reviewer.post("/workbench/consultations/" + id + "/return", Map.of("version", seen, "returnComment", "请补充联系方式"));
        assertThat(staleReturn.statusCode()).as("nor sent back unseen").isEqualTo(409);
        // second browser walk: the reason typed was lost with the refusal
        assertThat(org.jsoup.Jsoup.parse(staleReturn.asString()).select("#return-for-changes[open] textarea[name=returnComment]").val())
                .isEqualTo("请补充联系方式");

        // four eyes: who changed it approves it at no level, though they review for 市财政局
        org.jsoup.nodes.Document own = org.jsoup.Jsoup.parse(colleague.get("/workbench/consultations/" + id).asString());
        assertThat(own.select("#publish, #return-for-changes")).isEmpty();
        assertThat(colleague.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(403);
        assertThat(colleague.post("/workbench/consultations/" + id + "/return", seen(id, "returnComment", "自己退回")).statusCode()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(colleague.get("/workbench").asString()).select("#other-reviews a[href$=/consultations/" + id + "]"))
                .isEmpty();
        String fresh = org.jsoup.Jsoup.parse(reviewer.get("/workbench/consultations/" + id).asString())
                .select("form[action$=/publish] input[name=version]").val();
        assertThat(reviewer.post("/workbench/consultations/" + id + "/publish", Map.of("version", fresh)).statusCode()).isEqualTo(303);
        assertThat(given().get("/hudong/consultations/" + id).asString()).contains("第二稿，加了一段。");
    }

    @Test
    void aPublishedConsultationIsNeitherChangedNorDeletedThere() {
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("czj-editor");
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于已发布征集的征求意见",
                "description", "征求意见稿。", "opensOn", today.toString(), "closesOn", today.plusDays(30).toString())).statusCode())
                .isEqualTo(303);
        long id = idOf("关于已发布征集的征求意见");
        assertThat(Staff.login("czj-reviewer").post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/consultations/" + id).asString()).select("#change, #discard")).isEmpty();
        assertThat(editor.post("/workbench/consultations/" + id + "/discard").statusCode()).isEqualTo(409);
        assertThat(editor.post("/workbench/consultations/" + id + "/change", Map.of("title", "改过的标题", "description", "改过",
                "opensOn", today.toString(), "closesOn", today.plusDays(30).toString())).statusCode()).isEqualTo(409);
        assertThat(given().get("/hudong/consultations/" + id).asString()).contains("关于已发布征集的征求意见").doesNotContain("改过的标题");
    }

    @Test
    void anOrganizationWithThreeLevelsHasThreeReviewersPublishIt() {
        // browser walk: szfb's 三审 held for its documents and replies, one reviewer alone published its consultation
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        assertThat(Staff.login("szfb-editor").post("/workbench/consultations", Map.of("organization", "szfb", "title", "关于三审征集的征求意见",
                "description", "征求意见稿。", "opensOn", today.toString(), "closesOn", today.plusDays(30).toString())).statusCode())
                .isEqualTo(303);
        long id = idOf("关于三审征集的征求意见");
        Staff first = Staff.login("szfb-reviewer1");
        assertThat(first.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        assertThat(given().get("/hudong/consultations/" + id).statusCode()).as("not public after 一审").isEqualTo(404);
        assertThat(first.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).as("one person, one level").isEqualTo(409);
        Staff second = Staff.login("szfb-reviewer2");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(second.get("/workbench/consultations/" + id).asString());
        assertThat(page.select("#publication-review .review-levels").text()).contains("1/3", "szfb-reviewer1");
        assertThat(page.select("#publish").text()).isEqualTo("通过本级审核，转下一级");
        assertThat(page.select("#publish").hasAttr("data-confirm-submit")).as("a level that does not publish asks nothing").isFalse();
        assertThat(org.jsoup.Jsoup.parse(first.get("/workbench/consultations/" + id).asString()).select("#publish")).isEmpty();
        assertThat(second.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        Staff third = Staff.login("szfb-reviewer3");
        org.jsoup.nodes.Document last = org.jsoup.Jsoup.parse(third.get("/workbench/consultations/" + id).asString());
        assertThat(last.select("#publish").text()).isEqualTo("审核通过并发布");
        // browser walk: the last level published at one click, where a document's last level asks first
        assertThat(last.select("#publish").attr("data-confirm-submit")).contains("最后一级审核", "立即向公众发布");
        assertThat(last.select("script[src=/js/confirm.js]")).hasSize(1);
        assertThat(third.post("/workbench/consultations/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        assertThat(given().get("/hudong/consultations/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aConsultationWaitingForALevelIsInTheWorkbenchQueueOfWhoeverMayApproveItNext() {
        // browser walk: consultations, surveys, interviews and replies waiting for review were missing from 待我审核
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("szfb-editor");
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "szfb", "title", "关于待审队列的征求意见",
                "description", "征求意见稿。", "opensOn", today.toString(), "closesOn", today.plusDays(30).toString())).statusCode())
                .isEqualTo(303);
        long id = idOf("关于待审队列的征求意见");
        String link = "/workbench/consultations/" + id;
        Staff first = Staff.login("szfb-reviewer1");
        Staff second = Staff.login("szfb-reviewer2");
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(first.get("/workbench").asString());
        assertThat(home.select("#other-reviews tr:has(a[href=" + link + "])").text()).contains("关于待审队列的征求意见", "征集调查",
                "szfb-editor", "第 1 审 / 共 3 审");
        assertThat(otherReviews(Staff.login("czj-reviewer"))).as("another organization's reviewer").doesNotContain(link);
        assertThat(otherReviews(editor)).as("its author").doesNotContain(link);
        assertThat(first.post(link + "/publish", seen(id)).statusCode()).isEqualTo(303);
        assertThat(otherReviews(first)).as("after approving 一审").doesNotContain(link);
        assertThat(org.jsoup.Jsoup.parse(second.get("/workbench").asString()).select("#other-reviews tr:has(a[href=" + link + "])").text())
                .contains("第 2 审 / 共 3 审");
        assertThat(second.post(link + "/publish", seen(id)).statusCode()).isEqualTo(303);
        Staff third = Staff.login("szfb-reviewer3");
        assertThat(otherReviews(third)).contains(link);
        assertThat(third.post(link + "/publish", seen(id)).statusCode()).isEqualTo(303);
        assertThat(otherReviews(third)).as("published: nothing left to review").doesNotContain(link);
    }

    static java.util.List<String> otherReviews(Staff staff) {
        return org.jsoup.Jsoup.parse(staff.get("/workbench").asString()).select("#other-reviews a[href]").eachAttr("href");
    }

    @Test
    void openCommentModerateCloseAndFeedback() throws Exception {
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        Staff other = Staff.login("szfb-editor");

        Response tooShort = editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "短期征集",
                "description", "征求意见稿", "opensOn", today.toString(), "closesOn", today.plusDays(9).toString(), "major", "true"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(text(tooShort)).contains("不少于 30 天");
        Response longReason = editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "短期征集",
                "description", "征求意见稿", "opensOn", today.toString(), "closesOn", today.plusDays(9).toString(), "major", "true",
                "reason", "急".repeat(1001)));
        assertThat(longReason.statusCode()).as("a reason longer than its column").isEqualTo(400);
        Response farDates = editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "日期有误",
                "description", "征求意见稿", "opensOn", "0000-01-01", "closesOn", "+99999-12-31"));
        assertThat(farDates.statusCode()).isEqualTo(400);
        assertThat(text(farDates)).contains("2000 至 2100 年间的日期");
        assertThat(other.post("/workbench/consultations", Map.of("organization", "czj", "title", "越权征集", "description", "x",
                "opensOn", today.toString(), "closesOn", today.plusDays(40).toString())).statusCode()).isEqualTo(403);

        assertThat(editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于政府采购管理办法的征求意见",
                "description", "征求意见稿全文。", "opensOn", today.minusDays(5).toString(), "closesOn", today.plusDays(30).toString(),
                "major", "true")).statusCode()).isEqualTo(303);
        long open = idOf("关于政府采购管理办法的征求意见");
        // nobody sees it until a reviewer other than its author publishes it (the editor alone cannot)
        assertThat(given().get("/hudong/consultations/" + open).statusCode()).isEqualTo(404);
        assertThat(text(given().get("/hudong/consultations"))).doesNotContain("关于政府采购管理办法的征求意见");
        org.jsoup.nodes.Document forEditor = org.jsoup.Jsoup.parse(editor.get("/workbench/consultations/" + open).asString());
        assertThat(forEditor.select("#publication-review").text()).contains("待审核");
        assertThat(forEditor.select("#publish")).isEmpty();
        assertThat(editor.post("/workbench/consultations/" + open + "/publish", seen(open)).statusCode()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(reviewer.get("/workbench/consultations/" + open).asString()).select("#publish")).hasSize(1);
        assertThat(reviewer.post("/workbench/consultations/" + open + "/publish", seen(open)).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/consultations/" + open + "/publish", seen(open)).statusCode()).as("once").isEqualTo(409);
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/consultations/" + open).asString()).select("#published-by").text())
                .contains("czj-reviewer");
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于预算公开格式的征求意见",
                "description", "已结束的征集。", "opensOn", today.minusDays(20).toString(), "closesOn", today.plusDays(5).toString(),
                "major", "true", "reason", "上级规定的时限紧迫")).statusCode()).isEqualTo(303);
        long closed = idOf("关于预算公开格式的征求意见");
        // (its period passed while it waited for review; one already over is refused when it is opened)
        QuarkusTransaction.requiringNew().run(() -> Consultation.<Consultation>findById(closed).closesOn = today.minusDays(1));
        // a period already over is not published: the page would state a time nobody could use
        assertThat(reviewer.post("/workbench/consultations/" + closed + "/publish", seen(closed)).statusCode()).isEqualTo(409);
        // (published while open, then its period passed)
        QuarkusTransaction.requiringNew().run(() -> Consultation.<Consultation>findById(closed).closesOn = today.plusDays(5));
        assertThat(reviewer.post("/workbench/consultations/" + closed + "/publish", seen(closed)).statusCode()).isEqualTo(303);
        QuarkusTransaction.requiringNew().run(() -> Consultation.<Consultation>findById(closed).closesOn = today.minusDays(1));
        // a 重大行政决策 whose review left it under 30 days, without a reason, is not published either
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于停车规划的征求意见",
                "description", "征求意见稿。", "opensOn", today.minusDays(10).toString(), "closesOn", today.plusDays(25).toString(),
                "major", "true")).statusCode()).isEqualTo(303);
        long parking = idOf("关于停车规划的征求意见");
        assertThat(reviewer.post("/workbench/consultations/" + parking + "/publish", seen(parking)).statusCode()).isEqualTo(409);

        // a citizen comments; it waits for moderation
        Response page = given().get("/hudong/consultations/" + open);
        String csrf = page.getCookie("csrf-token");
        Matcher m = FORM_TOKEN.matcher(page.asString());
        assertThat(m.find()).isTrue();
        Thread.sleep(3100);
        // refused for what was typed (nothing), the form comes back with its wait already served: mended and
        // sent at once it is taken (browser walk: a fresh form token made the citizen wait again, 提交过快)
        Response empty = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                .formParam("formToken", m.group(1)).formParam("body", " ").post("/hudong/consultations/" + open + "/comments");
        assertThat(empty.statusCode()).isEqualTo(400);
        // the field is tied to what is wrong with it (browser walk: a screen reader met the message only at the top)
        assertThat(org.jsoup.Jsoup.parse(empty.asString()).select("textarea#body[aria-invalid=true][aria-describedby=form-error]")).hasSize(1);
        m = FORM_TOKEN.matcher(empty.asString());
        assertThat(m.find()).isTrue();
        Response sent = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                .formParam("formToken", m.group(1)).formParam("body", "建议明确小额采购的标准。联系人李四 13912340000。")
                .post("/hudong/consultations/" + open + "/comments");
        assertThat(sent.statusCode()).as(text(sent)).isEqualTo(200);
        assertThat(text(sent)).contains("意见已收到");
        Response twice = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                .formParam("formToken", m.group(1)).formParam("body", "建议明确小额采购的标准。").post("/hudong/consultations/" + open + "/comments");
        assertThat(twice.statusCode()).isEqualTo(409);
        // browser walk: it said 如需再写一封 (another letter) for a comment
        assertThat(text(twice)).contains("这条意见已经提交过了").doesNotContain("再写一封", "来信");
        assertThat(text(given().get("/hudong/consultations/" + open))).doesNotContain("小额采购");
        // its moderators are told where they look first (browser walk: comments waited unseen on the home page)
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(reviewer.get("/workbench").asString());
        assertThat(home.select("#pending-comments a").text()).startsWith("待审核的意见（");
        assertThat(home.select("#pending-comments a").attr("href")).isEqualTo("/workbench/consultations");
        assertThat(org.jsoup.Jsoup.parse(Staff.login("auditor").get("/workbench").asString()).select("#pending-comments"))
                .as("not a moderator").isEmpty();
        // the moderator decides on what was sent; an auditor oversees the queue through the privacy gate
        // (security review: an auditor read pending comments as typed, a citizen's phone number whole), and is
        // offered no button it may not press
        // and is shown what approving publishes (browser walk: the citizen's name after 联系人 went public)
        assertThat(text(reviewer.get("/workbench/consultations/" + open))).contains("小额采购", "联系人李四 13912340000", "通过并公开",
                "通过后公开显示为（已去除个人信息）", "联系人李* 139****0000");
        Staff auditor = Staff.login("auditor");
        assertThat(text(auditor.get("/workbench/consultations/" + open))).contains("小额采购", "139****0000")
                .doesNotContain("13912340000", "通过并公开", "不予公开");
        // browser walk: the auditor found no way there (no menu entry, an empty list)
        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(auditor.get("/workbench/consultations").asString());
        assertThat(list.select("a[href=/workbench/consultations/" + open + "]")).hasSize(1);
        assertThat(list.select("nav.workbench-nav a[href=/workbench/consultations]")).hasSize(1);
        assertThat(list.select("nav.workbench-nav a[href=/workbench/surveys]")).hasSize(1);
        assertThat(list.select("nav.workbench-nav").text()).contains("全部栏目").doesNotContain("本单位栏目");
        // the audit log names who received it in words (browser walk: "citizen")
        assertThat(org.jsoup.Jsoup.parse(auditor.get("/workbench/audit?action=consultation.comment").asString()).select("tbody td:nth-child(2)")
                .eachText()).isNotEmpty().allMatch(t -> t.equals("公众（citizen）"));

        long comment = QuarkusTransaction.requiringNew().call(() -> ConsultationComment.<ConsultationComment>find("consultation.id", open).firstResult().id);
        assertThat(other.post("/workbench/consultations/" + open + "/comments/" + comment + "/approve").statusCode()).isEqualTo(404);
        assertThat(reviewer.post("/workbench/consultations/" + open + "/comments/" + comment + "/approve").statusCode()).isEqualTo(303);
        String shown = text(given().get("/hudong/consultations/" + open));
        assertThat(shown).contains("小额采购", "联系人李* 139****0000").doesNotContain("13912340000", "李四");
        assertThat(editor.post("/workbench/consultations/" + open + "/feedback", Map.of("feedback", "太早")).statusCode())
                .as("no feedback while open").isEqualTo(409);

        // past its end date: closed by itself, no comment taken
        Response closedPage = given().get("/hudong/consultations/" + closed);
        assertThat(text(closedPage)).contains("已结束", "征集已结束");
        Response late = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                .formParam("formToken", "x").formParam("body", "迟到的意见").post("/hudong/consultations/" + closed + "/comments");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(editor.post("/workbench/consultations/" + closed + "/feedback",
                Map.of("feedback", "未收到意见，按征求意见稿印发。")).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/consultations/" + closed + "/feedback/approve", seen(closed)).statusCode()).isEqualTo(303);
        assertThat(text(given().get("/hudong/consultations/" + closed))).contains("意见采纳情况", "共收到意见 0 条", "按征求意见稿印发");
        assertThat(text(given().get("/hudong/consultations"))).contains("关于政府采购管理办法的征求意见", "征集中", "已结束");
    }

    @Test
    void aRefusedOpenFormNamesEachWrongFieldInChineseNextToItAndKeepsWhatWasTyped() {
        // browser walk: one red line with the field codes (title：…), and the typed title, text and dates gone
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("czj-editor");
        Response refused = editor.post("/workbench/consultations", Map.of("organization", "czj", "title", " ",
                "description", "第一条 为规范政府采购……", "opensOn", today.plusDays(10).toString(), "closesOn", today.plusDays(5).toString(),
                "major", "true", "reason", "上级时限"));
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(page.select(".form-error").text()).contains("2 处需要修改", "标题：此项必须填写", "截止日期：截止日期不能早于开始日期")
                .doesNotContain("title：", "closesOn", "description：");
        assertThat(page.select("#title-error").text()).contains("此项必须填写");
        assertThat(page.select("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#closesOn-error").text()).contains("截止日期不能早于开始日期");
        assertThat(page.select("#description").text()).isEqualTo("第一条 为规范政府采购……");
        assertThat(page.select("#opensOn").attr("value")).isEqualTo(today.plusDays(10).toString());
        assertThat(page.select("#closesOn").attr("value")).isEqualTo(today.plusDays(5).toString());
        assertThat(page.select("input[name=major]").hasAttr("checked")).isTrue();
        assertThat(page.select("#reason").attr("value")).isEqualTo("上级时限");
        assertThat(page.select("#description-error")).as("a good field has no message").isEmpty();
    }

    @Test
    void aConsultationOpenedForAnotherOrganizationComesBackWithWhatWasTyped() {
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Response refused = Staff.login("czj-editor").post("/workbench/consultations", Map.of("organization", "szfb",
                "title", "关于公共服务的征求意见", "description", "第一条 为规范……", "opensOn", today.toString(),
                "closesOn", today.plusDays(31).toString()));
        assertThat(refused.statusCode()).isEqualTo(403);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(page.select(".form-error").text()).contains("起草单位", "撰稿权限");
        assertThat(page.select("#title").attr("value")).isEqualTo("关于公共服务的征求意见");
        assertThat(page.select("#description").text()).isEqualTo("第一条 为规范……");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Consultation.count("title", "关于公共服务的征求意见"))).isZero();
    }

    @Test
    void aConsultationAlreadyOverIsRefusedWhenItIsOpenedAndNeverPublishedOneGetsNoFeedbackForm() {
        // browser walk: 2020-01-01..2020-02-01 was taken, then could be neither published nor deleted
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        Staff editor = Staff.login("czj-editor");
        Response past = editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于已过期征集的测试",
                "description", "征求意见稿。", "opensOn", "2020-01-01", "closesOn", "2020-02-01"));
        assertThat(past.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(past.asString());
        assertThat(page.select("#closesOn-error").text()).contains("截止日期已经过去");
        assertThat(page.select("#title").attr("value")).isEqualTo("关于已过期征集的测试");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Consultation.count("title", "关于已过期征集的测试"))).as("nothing written").isZero();

        // one that waited for review until its period was over was never public: there is nothing to report on
        assertThat(editor.post("/workbench/consultations", Map.of("organization", "czj", "title", "关于从未公开的征集",
                "description", "征求意见稿。", "opensOn", today.toString(), "closesOn", today.plusDays(3).toString())).statusCode()).isEqualTo(303);
        long id = idOf("关于从未公开的征集");
        QuarkusTransaction.requiringNew().run(() -> {
            Consultation c = Consultation.findById(id);
            c.opensOn = today.minusDays(10);
            c.closesOn = today.minusDays(1);
        });
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/consultations/" + id).asString()).select("textarea[name=feedback]"))
                .as("no feedback form").isEmpty();
        Response feedback = editor.post("/workbench/consultations/" + id + "/feedback", Map.of("feedback", "未收到意见。"));
        assertThat(feedback.statusCode()).isEqualTo(409);
        assertThat(text(feedback)).contains("没有发布过");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Consultation.<Consultation>findById(id).feedback)).isNull();
    }

    @Test
    void itsReviewerSeesTheDraftTextAndTheReasonBeforeApprovingIt() {
        // browser walk: the reviewer saw title and dates and the approve button, not the 征求意见稿及说明 text
        LocalDate today = LocalDate.now(PortalConfig.ZONE);
        assertThat(Staff.login("czj-editor").post("/workbench/consultations", Map.of("organization", "czj", "title", "审核前看全文的征集",
                "description", "第一条 为规范小额采购，制定本办法。", "opensOn", today.toString(), "closesOn", today.plusDays(9).toString(),
                "major", "true", "reason", "上级规定的时限紧迫")).statusCode()).isEqualTo(303);
        long id = idOf("审核前看全文的征集");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Staff.login("czj-reviewer").get("/workbench/consultations/" + id).asString());
        assertThat(page.select("#publish")).hasSize(1);
        assertThat(page.select("#consultation-text").text()).isEqualTo("第一条 为规范小额采购，制定本办法。");
        assertThat(page.select("#short-period-reason").text()).contains("上级规定的时限紧迫");
    }
}
