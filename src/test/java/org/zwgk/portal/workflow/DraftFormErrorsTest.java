package org.zwgk.portal.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft with several mistakes: the editor is told about every one at once, next to its field, keeps
 * everything typed, and nothing is saved; the API lists the same fields in its problem JSON.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class DraftFormErrorsTest {

    private static long drafts() {
        return QuarkusTransaction.requiringNew().call(() -> Draft.count());
    }

    @Test
    void theFormShowsEveryWrongFieldNextToItAndKeepsWhatWasTyped() {
        Staff editor = Staff.login("szfb-editor");
        long before = drafts();
        Response r = editor.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE", "title", "",
                "docNumber", "昆政办发〔2018〕152号", "writtenOn", "2018-13-45", "disclosure", "WITHHELD",
                "body", "这段正文已经写好了，不能丢。"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#form-error li")).as("a list of all three mistakes").hasSize(3);
        assertThat(page.select("#title-error").text()).contains("请填写").contains("标题");
        assertThat(page.select("#writtenOn-error").text()).contains("日期");
        assertThat(page.select("#withheldReason-error").text()).contains("不予公开的理由");
        assertThat(page.select("#title").attr("aria-describedby")).isEqualTo("title-error");
        assertThat(page.select("#docNumber-error")).as("a right field has no message").isEmpty();
        assertThat(page.select("#body").text()).isEqualTo("这段正文已经写好了，不能丢。");
        assertThat(page.select("#docNumber").val()).isEqualTo("昆政办发〔2018〕152号");
        assertThat(drafts()).as("nothing is saved").isEqualTo(before);
    }

    @jakarta.inject.Inject
    Fixtures fixtures;

    @Test
    void editorAndReviewerAreToldWhichCatalogueFieldsAreEmpty() {
        // browser walk: a policy went to review and was published without 文号, 主题分类, 体裁分类 or 成文日期
        Staff editor = Staff.login("czj-editor");
        Response saved = editor.post("/workbench/drafts", Map.of("channel", "czj-zcwj", "type", "POLICY", "title", "关于目录信息的测试文件",
                "disclosure", "PROACTIVE", "body", "正文。"));
        assertThat(saved.statusCode()).isEqualTo(303);
        String location = saved.header("Location");
        Document page = Jsoup.parse(editor.get(location).asString());
        assertThat(page.select(".catalogue-incomplete").text()).contains("文号、主题分类、体裁分类、成文日期");
        long id = Long.parseLong(location.replaceAll(".*/drafts/(\\d+).*", "$1"));
        // a policy goes to review only with what the catalogue lists it by: each missing one named next to its
        // field, what was typed kept, the draft not sent (browser walk: all three were optional)
        Response refused = editor.post("/workbench/drafts/" + id + "/submit", Map.of("lockVersion", fixtures.lockVersion(id),
                "channel", "czj-zcwj", "type", "POLICY", "title", "关于目录信息的测试文件", "docNumber", "昆财发〔2026〕3号",
                "topic", "zhzw-zwgk", "disclosure", "PROACTIVE", "body", "正文。"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#genre-error").text()).contains("政策文件送审前须填写“体裁分类”");
        assertThat(form.select("#writtenOn-error").text()).contains("成文日期");
        assertThat(form.select("#topic-error")).isEmpty();
        assertThat(form.select("#docNumber").val()).isEqualTo("昆财发〔2026〕3号");
        assertThat(Jsoup.parse(editor.get(location).asString()).select(".catalogue-incomplete").text()).contains("文号、主题分类");
        // 文号 stays optional (not every policy has one): the reviewer is told it is empty
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", Map.of("lockVersion", fixtures.lockVersion(id), "channel", "czj-zcwj",
                "type", "POLICY", "title", "关于目录信息的测试文件", "topic", "zhzw-zwgk", "genre", "tz", "writtenOn", "2026-11-02",
                "disclosure", "PROACTIVE", "body", "正文。")).statusCode()).isEqualTo(303);
        Document review = Jsoup.parse(Staff.login("czj-reviewer").get("/workbench/drafts/" + id).asString());
        assertThat(review.select("#review .catalogue-incomplete").text()).contains("文号")
                .doesNotContain("主题分类").doesNotContain("体裁分类").doesNotContain("成文日期");
    }

    @Test
    void anEmptyPolicySentToReviewIsRefusedOnceForEveryFieldItLacks() {
        // browser walk: refused for its title and body, and once they were typed, again for the catalogue's three
        Staff editor = Staff.login("czj-editor");
        Response refused = editor.post(org.zwgk.portal.web.Routes.newDraftSubmit(), Map.of("channel", "czj-zcwj", "type", "POLICY",
                "title", "", "disclosure", "PROACTIVE", "body", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.asString());
        for (String field : List.of("title", "body", "topic", "genre", "writtenOn")) {
            assertThat(form.select("#" + field + "-error").text()).as(field).isNotBlank();
        }
        // saving alone asks only for what a draft needs
        Document saved = Jsoup.parse(editor.post("/workbench/drafts", Map.of("channel", "czj-zcwj", "type", "POLICY",
                "title", "", "disclosure", "PROACTIVE", "body", "")).asString());
        assertThat(saved.select("#title-error")).isNotEmpty();
        assertThat(saved.select("#genre-error")).isEmpty();
    }

    @Test
    void aDraftTypedForAnotherOrganizationsChannelComesBackWithWhatWasTyped() {
        // browser walk: a form sent with another organization's channel (a stale page after a role was taken
        // away, or an altered form) answered with the public error page, and the typed draft was gone
        Staff editor = Staff.login("szfb-editor");
        long audited = fixtures.auditCount();
        Response refused = editor.post("/workbench/drafts", Map.of("channel", "czj-zcwj", "type", "NOTICE",
                "title", "一份写了很久的通知", "disclosure", "PROACTIVE", "body", "很长的正文，写了一个下午。"));
        assertThat(refused.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#title").val()).isEqualTo("一份写了很久的通知");
        assertThat(page.select("#body").text()).isEqualTo("很长的正文，写了一个下午。");
        assertThat(page.select("#channel-error").text()).contains("市财政局", "撰稿权限");
        assertThat(page.select("#channel option[selected]").val()).as("one of its own channels").isNotEmpty().isNotEqualTo("czj-zcwj");
        assertThat(page.select("#channel option").eachAttr("value")).doesNotContain("czj-zcwj");
        assertThat(fixtures.auditCount()).as("nothing written").isEqualTo(audited);
    }

    @Test
    void theWorkbenchOffersWithdrawingOnlyToThoseWhoMay() {
        // browser walk: editors were offered 修订、撤回、版本 though only reviewers and admins withdraw
        assertThat(Jsoup.parse(Staff.login("szfb-editor").get("/workbench").asString()).select("a[href$=#document-actions]").eachText())
                .isNotEmpty().allMatch("修订、版本"::equals);
        assertThat(Jsoup.parse(Staff.login("szfb-reviewer1").get("/workbench").asString()).select("a[href$=#document-actions]").eachText())
                .isNotEmpty().allMatch("修订、撤回、版本"::equals);
    }

    @Test
    void theWorkbenchNamesTheOrganizationOfEachRole() {
        String roles = Jsoup.parse(Staff.login("szfb-editor").get("/workbench").asString()).select(".roles").text();
        assertThat(roles).contains("昆山市人民政府办公室：").doesNotContain("szfb：");
    }

    @Test
    void everyChannelAnEditorMayChooseHasALabelOfItsOwn() {
        Document page = Jsoup.parse(Staff.login("szfb-editor").get("/workbench/drafts/new").asString());
        assertThat(page.select("#channel option").eachText()).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        // each names the type its new drafts start as, which the page's script follows (a channel without a default
        // type too: review, switching to one kept 政策文件)
        assertThat(page.select("#channel option").eachAttr("data-type")).hasSameSizeAs(page.select("#channel option"))
                .allMatch(t -> !t.isBlank()).contains("POLICY", "NOTICE");
    }

    @Test
    void theNewDraftsTypeFollowsTheChannelItOpensIn() {
        // browser walk: 政策文件 was preselected as the channel while the type said 通知公告
        Document page = Jsoup.parse(Staff.login("szfb-editor").get("/workbench/drafts/new").asString());
        String channel = page.select("#channel option[selected]").attr("value");
        assertThat(channel).as("a channel is chosen").isNotBlank();
        String expected = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            org.zwgk.portal.channels.Channel c = org.zwgk.portal.channels.Channel.find("code", channel).firstResult();
            return c.defaultType == null ? "NOTICE" : c.defaultType.name();
        });
        assertThat(page.select("#type option[selected]").attr("value")).isEqualTo(expected);
    }

    @Test
    void aDisclosureNotOnTheListIsAMistakeOfThatField() {
        Staff editor = Staff.login("szfb-editor");
        long before = drafts();
        Response r = editor.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE", "title", "标题",
                "disclosure", "withheld", "body", "正文"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#disclosure-error").text()).isNotBlank();
        assertThat(drafts()).as("nothing is saved").isEqualTo(before);
    }

    @Test
    void aPublicationTimeOrDateNoTextCanHaveIsAMistakeOfItsField() {
        // security audit: +999999999-01-01T00:00 was accepted as the time to publish
        Staff editor = Staff.login("szfb-editor");
        long before = drafts();
        Response r = editor.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE", "title", "标题",
                "disclosure", "PROACTIVE", "body", "正文", "scheduledAt", "+999999999-01-01T00:00", "writtenOn", "0001-01-01"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select("#scheduledAt-error").text()).isNotBlank();
        assertThat(page.select("#writtenOn-error").text()).as("a date, its year out of range (editor walk: told 日期格式不正确)")
                .contains("年份应在 1900 年至 2199 年之间");
        assertThat(drafts()).as("nothing is saved").isEqualTo(before);
        // a signing date still to come (2099-01-01 went through three reviews)
        String tomorrow = java.time.LocalDate.now(org.zwgk.portal.common.PortalConfig.ZONE).plusDays(1).toString();
        Response future = editor.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE", "title", "标题",
                "disclosure", "PROACTIVE", "body", "正文", "writtenOn", tomorrow));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(future.asString()).select("#writtenOn-error").text()).contains("不能晚于今天");
        assertThat(drafts()).isEqualTo(before);
    }

    @Test
    void aFormWithoutItsBodyFieldIsRefusedNotAnError() {
        Staff editor = Staff.login("szfb-editor");
        long before = drafts();
        // a hand-made or replayed request: the field is missing, not empty
        Response r = editor.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE", "title", "标题"));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(Jsoup.parse(r.asString()).select("#body-error").text()).isNotBlank();
        assertThat(drafts()).isEqualTo(before);

        // saving a draft without its version says what is missing in words, not the field's code name
        Response created = editor.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE", "title", "标题", "body", "正文"));
        assertThat(created.statusCode()).isEqualTo(303);
        Response noVersion = editor.post(created.getHeader("Location"), Map.of("type", "NOTICE", "title", "标题", "body", "正文二"));
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noVersion.asString()).select("main").text()).contains("版本号").doesNotContain("请填写“lockVersion”");
    }

    @Test
    void theApiListsEveryWrongFieldInItsProblem() {
        Staff editor = Staff.login("szfb-editor");
        long before = drafts();
        Response r = editor.given().contentType("application/json")
                .body("{\"channel\":\"tzgg\",\"type\":\"MEMO\",\"title\":\"\",\"body\":\"正文\",\"disclosure\":\"BAD\",\"scheduledAt\":\"明天\"}")
                .post("/api/v1/drafts");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<String> fields = r.jsonPath().getList("errors.field");
        assertThat(fields).containsExactly("type", "title", "disclosure", "scheduledAt");
        assertThat(r.jsonPath().getList("errors.message", String.class)).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(drafts()).isEqualTo(before);
    }
}
