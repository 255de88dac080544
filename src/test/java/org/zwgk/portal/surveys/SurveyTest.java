package org.zwgk.portal.surveys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.workflow.ReviewForms;
import org.zwgk.portal.common.PortalConfig;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 问卷调查 through the pages: an editor writes a survey (a bad question block comes back as typed),
 * the editor cannot publish it, a reviewer of the same organization does; citizens answer without
 * JavaScript (a form missing a required answer comes back with everything ticked and typed, a form
 * token answers once); a free-text answer shows only approved and de-identified; past its end date
 * (the clock moved) it closes by itself and the results page draws the counts as SVG bars.
 */
@QuarkusTest
@TestProfile(SurveysTestProfile.class)
class SurveyTest {

    static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    static final String QUESTIONS = """
            单选* 您对本站政务公开栏目的总体评价？
            - 满意
            - 基本满意
            - 不满意
            多选 您通过哪些渠道获取政府信息？
            - 门户网站
            - 政务微信
            - 报刊
            填空 其他意见和建议
            """;

    static String text(Response r) {
        return r.asString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    static LocalDate today() {
        return LocalDate.now(PortalConfig.ZONE);
    }

    long idOf(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Survey.<Survey>find("title", title).firstResult().id);
    }

    /** A review form as the survey's workbench page posts it: its version now and the {@code fields}. */
    static Map<String, Object> seen(long id, Object... fields) {
        return org.zwgk.portal.workflow.ReviewForms.seen(Survey.class, id, fields);
    }

    List<Long> questionIds(long survey) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyQuestion.<SurveyQuestion>list("survey.id = ?1 order by position", survey)
                .stream().map(q -> q.id).toList());
    }

    /** A citizen's browser: the page (its CSRF cookie and form token), then a post after the form's minimum time. */
    record Citizen(String csrf, String token) {
        static Citizen open(long id) {
            Response page = given().get("/hudong/surveys/" + id);
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher m = FORM_TOKEN.matcher(page.asString());
            assertThat(m.find()).as("the open survey carries a form").isTrue();
            return new Citizen(page.getCookie("csrf-token"), m.group(1));
        }

        RequestSpecification form() {
            return given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf).formParam("formToken", token);
        }
    }

    @jakarta.inject.Inject
    SurveyService surveys;
    @jakarta.inject.Inject
    SurveyFixtures fixtures;
    @jakarta.inject.Inject
    org.zwgk.portal.messages.MessageConfig limits;

    @Test
    void theSubmissionLimitOfAnAddressNamesTheSurveyAnswerNotALetter() {
        // browser walk: 429 「同一地址提交来信过于频繁」 for a survey answer; the one limit of letters, worded for what was sent
        long id = fixtures.published("czj", "czj-editor", "czj-reviewer", "提交频繁的问卷");
        long first = questionIds(id).get(0);
        String address = "203.0.113.41";
        for (int n = 0; n < limits.sendsPerAddress(); n++) {
            String token = "limit-" + n;
            QuarkusTransaction.requiringNew().run(() -> surveys.answer(id, Map.of(first, List.of("0")), token, address, () -> { }));
        }
        org.zwgk.portal.web.UserError refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> QuarkusTransaction.requiringNew()
                .run(() -> surveys.answer(id, Map.of(first, List.of("0")), "limit-over", address, () -> { })), org.zwgk.portal.web.UserError.class);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.message(null)).contains("同一地址提交问卷过于频繁").doesNotContain("来信");
        // counted apart from letters and comments (browser walk: a comment and four answers blocked a question;
        // one address is an office's, a school's or a mobile network's)
        org.assertj.core.api.Assertions.assertThatCode(() -> throttle.send(address)).as("a letter from the same address").doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThatCode(() -> throttle.send(address, () -> "x")).as("a comment").doesNotThrowAnyException();
    }

    @jakarta.inject.Inject
    org.zwgk.portal.messages.MessageThrottle throttle;

    @Test
    void oneOptionSentSeveralWaysIsOneVote() {
        // security review: 0, 00, +0 and ０ for one option were 42 rows of one answer sheet, shares over 100 %
        long id = fixtures.published("czj", "czj-editor", "czj-reviewer", "一人一票的问卷", QUESTIONS);
        List<Long> q = questionIds(id);
        String address = "203.0.113.60";
        SurveyResponse r = QuarkusTransaction.requiringNew().call(() -> surveys.answer(id,
                Map.of(q.get(0), List.of("0", "00"), q.get(1), List.of("0", "00", "000", "1")), "one-vote-1", address, () -> { }));
        assertThat(QuarkusTransaction.requiringNew().call(() -> SurveyAnswer.<SurveyAnswer>list("response.id", r.id)
                .stream().map(a -> a.question.id + ":" + a.choice).sorted().toList()))
                .containsExactly(q.get(0) + ":0", q.get(1) + ":0", q.get(1) + ":1");
        for (String spelled : List.of("+0", "０", "-0", " 0x0")) {
            org.zwgk.portal.web.UserError refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> QuarkusTransaction.requiringNew()
                    .run(() -> surveys.answer(id, Map.of(q.get(0), List.of("1"), q.get(1), List.of("0", spelled)), "one-vote-" + spelled,
                            address, () -> { })), org.zwgk.portal.web.UserError.class);
            assertThat(refused).as(spelled).isNotNull();
            assertThat(refused.status()).isEqualTo(400);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> SurveyResponse.count("survey.id", id))).as("nothing written").isEqualTo(1);
    }

    @Test
    void aFreeAnswerOfInvisibleCharactersIsNoAnswerAndBidiControlsAreNotKept() {
        // security audit: the letters' gap in survey answers too (zero-width spaces answered a required question,
        // a right-to-left override was kept for the moderator and the results page)
        long id = fixtures.published("czj", "czj-editor", "czj-reviewer", "看不见的回答", "填空* 您的意见\n");
        long question = questionIds(id).get(0);
        Citizen blank = Citizen.open(id);
        MovableClock.advance(Duration.ofSeconds(5));
        Response refused = blank.form().formParam("q" + question, "\u200b\u202e\u2060").post("/hudong/surveys/" + id);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused)).contains("第 1 题为必答题");
        Response control = Citizen.open(id).form().formParam("q" + question, "意见\u0007").post("/hudong/surveys/" + id);
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(text(control)).contains("第 1 题：回答含有无法显示的字符");
        assertThat(QuarkusTransaction.requiringNew().call(() -> SurveyResponse.count("survey.id", id))).as("nothing written").isZero();

        Citizen citizen = Citizen.open(id);
        MovableClock.advance(Duration.ofSeconds(5));
        Response sent = citizen.form().formParam("q" + question, "希望\u202e公开\u200b预算\n细节").post("/hudong/surveys/" + id);
        assertThat(sent.statusCode()).as(text(sent)).isEqualTo(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> SurveyAnswer.<SurveyAnswer>list("question.id", question)
                .stream().map(a -> a.body).toList())).containsExactly("希望公开预算\n细节");
    }

    @Test
    void anAnswerRefusedByTheAddressLimitComesBackTickedNotAsSentAlready() {
        // review: the limit refuses after the form's token is spent; the page said 已经提交过了 and dropped the answers
        long id = fixtures.published("czj", "czj-editor", "czj-reviewer", "本机地址的答卷上限");
        long first = questionIds(id).get(0);
        Response refused = null;
        for (int n = 0; n <= limits.sendsPerAddress() && refused == null; n++) {
            Citizen citizen = Citizen.open(id);
            MovableClock.advance(Duration.ofSeconds(5));
            Response r = citizen.form().formParam("q" + first, "1").post("/hudong/surveys/" + id);
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
            }
        }
        assertThat(refused).as("refused within the limit").isNotNull();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(text(refused)).contains("同一地址提交问卷过于频繁").doesNotContain("已经提交过了");
        assertThat(page.select("form.survey-form input[name=q" + first + "][value=1][checked]")).as("the answer kept").hasSize(1);
        assertThat(page.select("input[name=formToken]")).as("a form to send later").hasSize(1);
        MovableClock.advance(limits.sendWindow().plusMinutes(1)); // the address free again for the other tests
    }


    @Test
    void aSurveyAlreadyOverIsRefusedWhenItIsWrittenWithWhatWasTypedKept() {
        // browser walk: 2020-01-01..2020-02-01 was saved, then could be neither published nor answered
        Staff editor = Staff.login("czj-editor");
        Response past = editor.post("/workbench/surveys", Map.of("organization", "czj", "title", "已过期的问卷",
                "description", "请花两分钟填写。", "opensOn", "2020-01-01", "closesOn", "2020-02-01", "questions", QUESTIONS));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(text(past)).contains("结束日期已经过去");
        assertThat(org.jsoup.Jsoup.parse(past.asString()).select("#closesOn-error").text()).as("next to the field").contains("结束日期已经过去");
        assertThat(past.asString()).contains("value=\"已过期的问卷\"", "value=\"2020-02-01\"");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Survey.count("title", "已过期的问卷"))).as("nothing written").isZero();
    }

    @jakarta.inject.Inject
    org.zwgk.portal.workflow.Fixtures documents;

    @Test
    void aReviewFormWithoutTheVersionItsPageShowedIsRefusedAndChangesNothing() {
        // security review: a hand-made post that left the version out skipped the seen-version check
        long id = fixtures.draft("czj", "czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        ReviewForms.Review before = ReviewForms.review(Survey.class, id);
        long audited = documents.auditCount();

        ReviewForms.refusedWithoutVersion(reviewer, "/workbench/surveys/" + id, "-1", "请删去第二题");

        assertThat(ReviewForms.review(Survey.class, id)).as("neither approved nor sent back").isEqualTo(before);
        assertThat(documents.auditCount()).as("nothing audited: nothing done").isEqualTo(audited);
        assertThat(reviewer.post("/workbench/surveys/" + id + "/publish", seen(id)).statusCode()).as("the page's own form").isEqualTo(303);
    }

    @Test
    void aSurveySentBackIsChangedQuestionsAndAllBeforeItIsPublished() {
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        String from = today().toString(), to = today().plusDays(10).toString();
        assertThat(editor.post("/workbench/surveys", Map.of("organization", "czj", "title", "退回修改的问卷",
                "description", "请花两分钟填写。", "opensOn", from, "closesOn", to, "questions", QUESTIONS)).statusCode()).isEqualTo(303);
        long id = idOf("退回修改的问卷");
        assertThat(reviewer.post("/workbench/surveys/" + id + "/return", seen(id, "returnComment", "请增加一道关于办事指南的题目。"))
                .statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/surveys/" + id + "/publish", seen(id)).statusCode()).as("waits for its editor").isEqualTo(409);

        org.jsoup.nodes.Document own = org.jsoup.Jsoup.parse(editor.get("/workbench/surveys/" + id).asString());
        assertThat(own.select("#return-comment").text()).isEqualTo("请增加一道关于办事指南的题目。");
        String block = own.select("#change textarea[name=questions]").val();
        assertThat(block).as("the questions as they were typed").contains("单选* 您对本站政务公开栏目的总体评价？", "- 基本满意",
                "多选 您通过哪些渠道获取政府信息？", "填空 其他意见和建议");
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/surveys").asString())
                .select("li:contains(退回修改的问卷) .awaiting-review").text()).isEqualTo("已退回修改");

        Response changed = editor.post("/workbench/surveys/" + id + "/change", Map.of("title", "退回修改的问卷", "description", "请花两分钟填写。",
                "opensOn", from, "closesOn", to, "questions", block + "\n单选* 办事指南是否清楚？\n- 清楚\n- 不清楚\n"));
        assertThat(changed.statusCode()).as(text(changed)).isEqualTo(303);
        assertThat(questionIds(id)).hasSize(4);
        assertThat(reviewer.post("/workbench/surveys/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        String page = text(given().get("/hudong/surveys/" + id));
        assertThat(page).contains("您对本站政务公开栏目的总体评价？", "基本满意", "其他意见和建议", "办事指南是否清楚？");
        // browser walk: a question taking several choices looked like one taking one until clicked
        org.jsoup.select.Elements legends = org.jsoup.Jsoup.parse(given().get("/hudong/surveys/" + id).asString()).select("fieldset legend");
        assertThat(legends.eachText()).anySatisfy(l -> assertThat(l).contains("您通过哪些渠道获取政府信息？（可多选）"))
                .allSatisfy(l -> assertThat(l.contains("（可多选）")).isEqualTo(l.contains("哪些渠道")));
    }

    @Test
    void writePublishAnswerCloseByTheClockAndChartTheResults() {
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        Staff other = Staff.login("szfb-reviewer1");
        String from = today().toString(), to = today().plusDays(2).toString();

        Response bad = editor.post("/workbench/surveys", Map.of("organization", "czj", "title", "政务公开满意度调查",
                "description", "请花两分钟填写。", "opensOn", from, "closesOn", to, "questions", "单选 只有一个选项的题\n- 唯一选项\n问答 不认识的题型"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(text(bad)).contains("第 1 题：选择题至少要有两个选项", "第 3 行：题目须以“单选”“多选”或“填空”开头");
        assertThat(bad.asString()).as("the form comes back as typed").contains("value=\"政务公开满意度调查\"", "问答 不认识的题型");
        // browser walk: the question block's mistakes were only in the summary, not next to the field
        assertThat(org.jsoup.Jsoup.parse(bad.asString()).select("#questions-error").text()).contains("第 1 题", "第 3 行");
        assertThat(org.jsoup.Jsoup.parse(bad.asString()).select("#questions[aria-invalid=true]")).hasSize(1);

        assertThat(editor.post("/workbench/surveys", Map.of("organization", "czj", "title", "政务公开满意度调查",
                "description", "请花两分钟填写。", "opensOn", from, "closesOn", to, "questions", QUESTIONS)).statusCode()).isEqualTo(303);
        long id = idOf("政务公开满意度调查");
        List<Long> q = questionIds(id);
        assertThat(q).hasSize(3);
        assertThat(given().get("/hudong/surveys/" + id).statusCode()).as("not public before it is published").isEqualTo(404);
        assertThat(editor.post("/workbench/surveys/" + id + "/publish", seen(id)).statusCode()).as("the editor cannot publish").isEqualTo(403);
        assertThat(other.post("/workbench/surveys/" + id + "/publish", seen(id)).statusCode()).as("nor another organization").isEqualTo(404);
        assertThat(otherReviews(reviewer)).as("in the reviewer's 待我审核").contains("/workbench/surveys/" + id);
        assertThat(otherReviews(editor)).as("not in its author's").doesNotContain("/workbench/surveys/" + id);
        assertThat(reviewer.post("/workbench/surveys/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        assertThat(otherReviews(reviewer)).as("published: gone from 待我审核").doesNotContain("/workbench/surveys/" + id);
        assertThat(text(given().get("/hudong/surveys"))).contains("政务公开满意度调查", "调查中");

        // a citizen forgets the required question: everything ticked and typed comes back
        Citizen first = Citizen.open(id);
        MovableClock.advance(Duration.ofSeconds(5));
        Response missing = first.form().formParam("q" + q.get(1), "0").formParam("q" + q.get(1), "2")
                .formParam("q" + q.get(2), "希望多公开预算细节").post("/hudong/surveys/" + id);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(text(missing)).contains("第 1 题为必答题", "希望多公开预算细节");
        assertThat(missing.asString()).contains("name=\"q" + q.get(1) + "\" value=\"0\" checked", "name=\"q" + q.get(1) + "\" value=\"2\" checked")
                .doesNotContain("name=\"q" + q.get(1) + "\" value=\"1\" checked");
        Response badChoice = Citizen.open(id).form().formParam("q" + q.get(0), "7").post("/hudong/surveys/" + id);
        assertThat(badChoice.statusCode()).as("an option that does not exist (and a form sent too fast is not even looked at)").isEqualTo(400);
        assertThat(text(badChoice)).contains("第 1 题：所选选项无效");

        // three citizens answer
        Citizen a = Citizen.open(id), b = Citizen.open(id), c = Citizen.open(id);
        MovableClock.advance(Duration.ofSeconds(5));
        Response sent = a.form().formParam("q" + q.get(0), "0").formParam("q" + q.get(1), "0").formParam("q" + q.get(1), "1")
                .formParam("q" + q.get(2), "希望多公开预算细节，我的电话13912340000").post("/hudong/surveys/" + id);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(text(sent)).contains("问卷已提交");
        // the survey opened again in the same browser says it was answered, with no form to answer again by
        // (browser walk: a fresh form invited a second answer); another browser still gets the form
        String answered = sent.getCookie("survey-" + id);
        assertThat(answered).as("the browser remembers the answer").isNotNull();
        org.jsoup.nodes.Document reopened = org.jsoup.Jsoup.parse(given().cookie("survey-" + id, answered).get("/hudong/surveys/" + id).asString());
        assertThat(reopened.select("#form-done").text()).contains("您已在这台设备上提交过这份问卷");
        assertThat(reopened.select("input[name=formToken]")).isEmpty();
        // someone else on a shared device asks for the form (review: the reminder worked as a limit)
        String anotherPerson = reopened.select("#answer-again").attr("href");
        assertThat(anotherPerson).isEqualTo("/hudong/surveys/" + id + "?again=1");
        assertThat(org.jsoup.Jsoup.parse(given().cookie("survey-" + id, answered).get(anotherPerson).asString())
                .select("input[name=formToken]")).hasSize(1);
        assertThat(org.jsoup.Jsoup.parse(given().get("/hudong/surveys/" + id).asString()).select("input[name=formToken]")).hasSize(1);
        Response again = a.form().formParam("q" + q.get(0), "2").post("/hudong/surveys/" + id);
        assertThat(again.statusCode()).as("one answer per form token").isEqualTo(409);
        // browser walk: it said 如需再写一封 (another letter) and invited sending it again
        assertThat(text(again)).contains("这份答卷已经提交过了", "不必重复提交").doesNotContain("再写一封", "再点一次");
        // a reload of the thanks sends the form again: said as done, with no form to answer a second time by
        // (browser walk: the answers came back ticked under a fresh token, and one click counted twice)
        org.jsoup.nodes.Document reloaded = org.jsoup.Jsoup.parse(again.asString());
        assertThat(reloaded.select("#form-done").text()).contains("这份答卷已经提交过了");
        assertThat(reloaded.select("form.survey-form")).isEmpty();
        assertThat(reloaded.select("input[name=formToken]")).isEmpty();
        assertThat(b.form().formParam("q" + q.get(0), "0").formParam("q" + q.get(1), "0").post("/hudong/surveys/" + id).statusCode())
                .isEqualTo(200);
        assertThat(c.form().formParam("q" + q.get(0), "2").formParam("q" + q.get(2), "不公开的回答").post("/hudong/surveys/" + id).statusCode())
                .isEqualTo(200);
        assertThat(text(given().get("/hudong/surveys/" + id + "/results"))).contains("调查结束后公布结果").doesNotContain("满意 2");

        // moderation: one text answer approved (shown de-identified), one rejected
        String wb = editor.get("/workbench/surveys/" + id).asString();
        assertThat(text(editor.get("/workbench/surveys/" + id))).contains("待审核的填空回答（2 条）", "共收到答卷 3 份");
        long approve = answerId(id, "希望多公开预算细节，我的电话13912340000");
        long reject = answerId(id, "不公开的回答");
        // and told on the workbench home, which links the list of surveys; the auditor moderates nothing
        org.jsoup.nodes.Element waiting = org.jsoup.Jsoup.parse(reviewer.get("/workbench").asString()).selectFirst("#pending-answers a");
        assertThat(waiting).isNotNull();
        assertThat(waiting.text()).startsWith("待审核的填空回答（");
        assertThat(waiting.attr("href")).isEqualTo("/workbench/surveys");
        assertThat(org.jsoup.Jsoup.parse(Staff.login("auditor").get("/workbench").asString()).select("#pending-answers")).isEmpty();
        assertThat(wb).contains("/workbench/surveys/" + id + "/answers/" + approve + "/approve", "13912340000");
        // an auditor oversees the queue through the privacy gate (security review: read as typed)
        assertThat(text(Staff.login("auditor").get("/workbench/surveys/" + id))).contains("待审核的填空回答（2 条）", "139****0000")
                .doesNotContain("13912340000");
        assertThat(other.post("/workbench/surveys/" + id + "/answers/" + approve + "/approve").statusCode()).isEqualTo(404);
        assertThat(reviewer.post("/workbench/surveys/" + id + "/answers/" + approve + "/approve").statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/surveys/" + id + "/answers/" + reject + "/reject").statusCode()).isEqualTo(303);

        // the clock passes the end date: closed by itself
        MovableClock.advance(Duration.ofDays(3));
        Response closed = given().get("/hudong/surveys/" + id);
        assertThat(text(closed)).contains("已结束", "调查已结束").doesNotContain("提交问卷");
        Citizen late = new Citizen(a.csrf(), "x");
        assertThat(late.form().formParam("q" + q.get(0), "0").post("/hudong/surveys/" + id).statusCode()).isEqualTo(409);

        Response results = given().get("/hudong/surveys/" + id + "/results");
        assertThat(results.statusCode()).isEqualTo(200);
        String html = results.asString();
        assertThat(html).contains("<svg", "role=\"img\"", "<title id=\"chart-" + q.get(0) + "-title\">您对本站政务公开栏目的总体评价？</title>");
        // question 1: 满意 2 of 3 (67%), 基本满意 0, 不满意 1 (33%); question 2: 门户网站 2 of 2, 政务微信 1 (50%)
        assertThat(html).contains(">2（67%）</text>", ">0（0%）</text>", ">1（33%）</text>", ">2（100%）</text>", ">1（50%）</text>");
        assertThat(html).contains("<td>满意</td><td>2</td><td>67%</td>");
        assertThat(html).contains("width=\"200\"").as("2 of 3 of a 300-pixel bar");
        assertThat(text(results)).contains("共收到答卷 3 份", "希望多公开预算细节", "139****0000")
                .doesNotContain("13912340000", "不公开的回答");
    }

    long answerId(long survey, String body) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyAnswer.<SurveyAnswer>find("question.survey.id = ?1 and body = ?2",
                survey, body).firstResult().id);
    }

    static java.util.List<String> otherReviews(Staff staff) {
        return org.jsoup.Jsoup.parse(staff.get("/workbench").asString()).select("#other-reviews a[href]").eachAttr("href");
    }
}
