package org.zwgk.portal.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step on the draft page acts on what is on the editor's screen: 提交审核 saves the typed
 * fields and submits them in one go, a refused step changes nothing and shows the form again with
 * everything typed, 放弃稿件 asks first, and each step says what it did.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class DraftStepsTest {

    @Inject
    Fixtures fixtures;

    private static Document page(Response r) {
        return Jsoup.parse(r.asString());
    }

    private static String follow(Staff who, Response redirect) {
        assertThat(redirect.statusCode()).as(redirect.asString()).isEqualTo(303);
        return page(who.get(redirect.getHeader("Location").replaceFirst("^https?://[^/]+", ""))).select("#done").text();
    }

    @Test
    void submitSendsWhatWasTypedNotWhatWasLastSaved() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        Response r = editor.post("/workbench/drafts/" + id + "/submit",
                fixtures.form(id, "title", "提交前改过的标题", "body", "提交前改过的正文，没有先按保存。"));
        assertThat(follow(editor, r)).isEqualTo("已保存并提交第 1 级审核（共 1 级审核）。");
        Draft d = fixtures.draftNow(id);
        assertThat(d.status).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(d.meta.title).isEqualTo("提交前改过的标题");
        Document reviewerPage = page(Staff.login("czj-reviewer").get("/workbench/drafts/" + id));
        assertThat(reviewerPage.select("h1").first().text()).isEqualTo("提交前改过的标题");
        assertThat(reviewerPage.select("#preview .body").text()).isEqualTo("提交前改过的正文，没有先按保存。");
    }

    @Test
    void theReviewerReadsTheMetadataThatIsPublishedWithTheText() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "type", "POLICY",
                "docNumber", "昆财规〔2018〕3号", "topic", "zhzw-zwgk", "genre", "tz", "writtenOn", "2018-03-12", "validity", "VALID"))
                .statusCode()).isEqualTo(303);
        Document reviewerPage = page(Staff.login("czj-reviewer").get("/workbench/drafts/" + id));
        assertThat(reviewerPage.select("#draft-form")).as("no form to edit").isEmpty();
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        for (var dt : reviewerPage.select("#metadata dt")) {
            shown.put(dt.text(), dt.nextElementSibling().text());
        }
        assertThat(shown).containsEntry("信息类别", "政策文件").containsEntry("文号", "昆财规〔2018〕3号")
                .containsEntry("主题分类", "政务公开").containsEntry("体裁分类", "通知")
                .containsEntry("成文日期", "2018-03-12").containsEntry("有效性", "有效").containsEntry("公开属性", "主动公开")
                .doesNotContainKey("不予公开理由");
        // the author reads the same while it is in review, and a draft being written has its form instead
        assertThat(page(editor.get("/workbench/drafts/" + id)).select("#metadata dd").eachText()).contains("昆财规〔2018〕3号");
        long writing = fixtures.draft("czj-editor", "czyjs");
        Document form = page(editor.get("/workbench/drafts/" + writing));
        assertThat(form.select("#metadata")).isEmpty();
        assertThat(form.select("#draft-form #docNumber")).hasSize(1);
        // 主题分类 as a tree: a second-level topic right under its parent, indented
        List<String> topics = form.select("#topic option").eachText();
        int parent = topics.indexOf("综合政务");
        assertThat(parent).isNotNegative();
        assertThat(form.select("#topic option").get(parent + 1).wholeText()).isEqualTo("\u3000政务公开");
    }

    @Test
    void aNewDraftCanBeSubmittedStraightAwayAndARefusalKeepsItUnsaved() {
        Staff editor = Staff.login("czj-editor");
        long before = QuarkusTransactionCount.drafts();
        Response refused = editor.post("/workbench/drafts/new/submit", Map.of("channel", "czyjs", "type", "NOTICE",
                "title", "直接提交的通知", "body", "请按照国家工商行政管理总局的要求办理。"));
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = page(refused);
        assertThat(page.select("#body").text()).isEqualTo("请按照国家工商行政管理总局的要求办理。");
        assertThat(page.select("#title").val()).isEqualTo("直接提交的通知");
        assertThat(page.select("#sensitive .body-in-place mark").text()).isEqualTo("国家工商行政管理总局");
        assertThat(page.select("input[name=acknowledged]")).hasSize(1);
        assertThat(QuarkusTransactionCount.drafts()).as("nothing created").isEqualTo(before);

        Response ok = editor.post("/workbench/drafts/new/submit", Map.of("channel", "czyjs", "type", "NOTICE",
                "title", "直接提交的通知", "body", "请按照国家工商行政管理总局的要求办理。", "acknowledged", "true"));
        assertThat(follow(editor, ok)).isEqualTo("已保存并提交第 1 级审核（共 1 级审核）。");
        long id = Long.parseLong(ok.getHeader("Location").replaceAll(".*/drafts/(\\d+).*", "$1"));
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.SUBMITTED);
    }

    /** Counts in a transaction of their own. */
    static final class QuarkusTransactionCount {
        static long drafts() {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Draft.count());
        }
    }

    @Test
    void aSubmitWithAStaleCopyChangesNothingAndKeepsWhatWasTyped() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Map<String, Object> stale = fixtures.form(id, "title", "我的新标题", "body", "我辛苦写的新正文");
        Staff editor = Staff.login("czj-editor");
        // a colleague saves in between
        assertThat(editor.post("/workbench/drafts/" + id, fixtures.form(id, "title", "同事保存的标题")).statusCode()).isEqualTo(303);

        Response r = editor.post("/workbench/drafts/" + id + "/submit", stale);
        assertThat(r.statusCode()).isEqualTo(409);
        Document page = page(r);
        assertThat(page.select("#form-error").text()).contains("修改");
        assertThat(page.select("#title").val()).isEqualTo("我的新标题");
        assertThat(page.select("#body").text()).isEqualTo("我辛苦写的新正文");
        Draft d = fixtures.draftNow(id);
        assertThat(d.status).as("not submitted").isEqualTo(DraftStatus.DRAFT);
        assertThat(d.meta.title).as("not overwritten").isEqualTo("同事保存的标题");
    }

    @Test
    void aSubmitWithAWrongFieldChangesNothingAndShowsTheMessageByTheField() {
        long id = fixtures.draft("czj-editor", "czyjs");
        String saved = fixtures.draftNow(id).meta.title;
        Staff editor = Staff.login("czj-editor");
        Response r = editor.post("/workbench/drafts/" + id + "/submit",
                fixtures.form(id, "title", "", "body", "新写的正文不能丢。", "writtenOn", "2018-02-30"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = page(r);
        assertThat(page.select("#title-error").text()).contains("标题");
        assertThat(page.select("#writtenOn-error").text()).contains("日期");
        assertThat(page.select("#body").text()).isEqualTo("新写的正文不能丢。");
        assertThat(page.select("#writtenOn").val()).isEqualTo("2018-02-30");
        Draft d = fixtures.draftNow(id);
        assertThat(d.status).isEqualTo(DraftStatus.DRAFT);
        assertThat(d.meta.title).isEqualTo(saved);
    }

    @Test
    void unacknowledgedWordsInTheTypedTextAreShownWithEverythingTyped() {
        long id = fixtures.draft("czj-editor", "czyjs");
        String saved = fixtures.draftNow(id).meta.body;
        Staff editor = Staff.login("czj-editor");
        String typed = "请按照国家工商行政管理总局的要求报送。";
        Response r = editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "title", "新标题", "body", typed));
        assertThat(r.statusCode()).isEqualTo(409);
        Document page = page(r);
        assertThat(page.select("#form-error").text()).contains("请逐一核对");
        assertThat(page.select("#body").text()).isEqualTo(typed);
        assertThat(page.select("#title").val()).isEqualTo("新标题");
        assertThat(page.select("#sensitive .body-in-place mark").text()).as("the typed text's hit, in place").isEqualTo("国家工商行政管理总局");
        assertThat(page.select("input[name=acknowledged]")).hasSize(1);
        assertThat(page.select("#preview .preview-title").text()).as("the preview shows the typed title").isEqualTo("新标题");
        assertThat(page.select("h1")).as("one h1 on the page (browser walk: the preview added a second)").hasSize(1);
        assertThat(page.select("#preview .body").text()).as("the preview shows the typed text").isEqualTo(typed);
        assertThat(fixtures.draftNow(id).meta.body).isEqualTo(saved);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.DRAFT);

        Response ok = editor.post("/workbench/drafts/" + id + "/submit",
                fixtures.form(id, "title", "新标题", "body", typed, "acknowledged", "true"));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(fixtures.draftNow(id).meta.body).isEqualTo(typed);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.SUBMITTED);
    }

    @Test
    void discardAsksFirstKeepingWhatWasTypedThenDiscards() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        Response ask = editor.post("/workbench/drafts/" + id + "/discard", fixtures.form(id, "title", "还没保存的标题"));
        assertThat(ask.statusCode()).isEqualTo(200);
        Document page = page(ask);
        assertThat(page.select("#confirm-discard").text()).contains("确定要放弃这份稿件吗");
        assertThat(page.select("#discard-confirmed").attr("name")).isEqualTo("confirmed");
        assertThat(page.select("#title").val()).isEqualTo("还没保存的标题");
        assertThat(fixtures.draftNow(id).status).as("only asked").isEqualTo(DraftStatus.DRAFT);
        assertThat(Staff.login("czj-reviewer").post("/workbench/drafts/" + id + "/discard", fixtures.form(id)).statusCode())
                .as("a reviewer is not even asked").isEqualTo(403);

        Response done = editor.post("/workbench/drafts/" + id + "/discard", fixtures.form(id, "confirmed", "true"));
        assertThat(done.getHeader("Location")).contains("/workbench?done=discarded");
        assertThat(follow(editor, done)).isEqualTo("稿件已放弃。");
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.DISCARDED);
    }

    @Test
    void theFormExplainsMarkdownAndShowsOnlyTheFieldsThatApply() {
        Staff editor = Staff.login("czj-editor");
        Document blank = page(editor.get("/workbench/drafts/new?channel=czyjs"));
        assertThat(blank.select("#body-hint").text()).contains("正文格式", "Word").doesNotContain("Markdown");
        assertThat(blank.select("#body").attr("aria-describedby")).isEqualTo("body-hint");
        assertThat(blank.select("#markdown-help pre").eachText()).anySatisfy(t -> assertThat(t).contains("| --- | --- |"));
        assertThat(blank.select("#markdown-help pre").html()).contains("- 第一项\n- 第二项");
        assertThat(blank.select("#withheldReason-hint").text()).isEqualTo("仅在不予公开时填写。");
        assertThat(blank.select("#changeNote, #changeKind")).as("a new document has no change note").isEmpty();
        assertThat(blank.select("script[src=/js/draft.js]")).hasSize(1);

        long documentId = fixtures.published("czyjs");
        Response revise = editor.post("/workbench/documents/" + documentId + "/revise");
        Document revision = page(editor.get(revise.getHeader("Location").replaceFirst("^https?://[^/]+", "")));
        assertThat(revision.select("#changeNote")).hasSize(1);
        assertThat(revision.select("#changeKind")).hasSize(1);
    }

    @Test
    void eachReviewStepSaysWhatItDid() {
        long id = fixtures.submitted("szfb-editor", "tzgg");
        assertThat(follow(Staff.login("szfb-reviewer1"), approve("szfb-reviewer1", id)))
                .isEqualTo("第 1 级审核已通过，已转第 2 级审核（共 3 级）。");
        assertThat(follow(Staff.login("szfb-reviewer2"), approve("szfb-reviewer2", id)))
                .isEqualTo("第 2 级审核已通过，已转第 3 级审核（共 3 级）。");
        assertThat(follow(Staff.login("szfb-reviewer3"), approve("szfb-reviewer3", id))).isEqualTo("审核已全部通过，已发布。");

        long returned = fixtures.submitted("czj-editor", "czyjs");
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(follow(reviewer, reviewer.post("/workbench/drafts/" + returned + "/return",
                Map.of("lockVersion", fixtures.lockVersion(returned), "comment", "请补充数据来源"))))
                .isEqualTo("已退回撰稿人修改。");
        Staff editor = Staff.login("czj-editor");
        // the author finds why at the top of the draft, not only in the review history at the bottom
        assertThat(page(editor.get("/workbench/drafts/" + returned)).select("#returned-because").text())
                .isEqualTo("第 1 审（czj-reviewer）退回修改，意见：请补充数据来源");
        assertThat(follow(editor, editor.post("/workbench/drafts/" + returned, fixtures.form(returned, "title", "补充后的标题"))))
                .isEqualTo("已保存。");
    }

    private Response approve(String reviewer, long id) {
        return Staff.login(reviewer).post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
    }

    @Test
    void theApiSubmitsTheFieldsItSendsInOneStepOrNothing() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        long lock = fixtures.lockVersion(id);
        Response bad = editor.given().contentType("application/json")
                .body(Map.of("lockVersion", lock, "draft", Map.of("type", "NOTICE", "title", "", "body", "API 正文")))
                .post("/api/v1/drafts/" + id + "/submit");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.jsonPath().getList("errors.field", String.class)).contains("title");
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.DRAFT);

        Response ok = editor.given().contentType("application/json")
                .body(Map.of("lockVersion", lock, "draft", Map.of("type", "NOTICE", "title", "API 提交的标题", "body", "API 提交的正文")))
                .post("/api/v1/drafts/" + id + "/submit");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(fixtures.draftNow(id).meta.title).isEqualTo("API 提交的标题");
        assertThat(fixtures.draftNow(id).meta.body).isEqualTo("API 提交的正文");
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.SUBMITTED);
    }
}
