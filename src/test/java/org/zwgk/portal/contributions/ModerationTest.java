package org.zwgk.portal.contributions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.consultations.ConsultationFixtures;
import org.zwgk.portal.interviews.InterviewFixtures;
import org.zwgk.portal.surveys.SurveyAnswer;
import org.zwgk.portal.surveys.SurveyFixtures;
import org.zwgk.portal.surveys.SurveysTestProfile;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one moderation the three kinds of contribution share: each kind's pending text in the
 * workbench queue with its two buttons, decided once (a second decision is refused with the shared
 * text), a survey's ticked option never moderated, and a citizen's empty or overlong text refused
 * with the kind's own noun before anything is written.
 */
@QuarkusTest
@TestProfile(SurveysTestProfile.class)
class ModerationTest {

    @Inject
    ConsultationFixtures consultations;
    @Inject
    InterviewFixtures interviews;
    @Inject
    SurveyFixtures surveys;

    static String text(Response r) {
        return r.asString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void eachKindIsDecidedOnceFromTheSharedQueue() {
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        List<String> pending = List.of(
                "/workbench/consultations/" + consultations.pendingComment("czj", "czj-editor"),
                "/workbench/interviews/" + interviews.pendingQuestion("czj", "czj-editor"),
                "/workbench/surveys/" + surveys.pendingAnswer("czj", "czj-editor", "czj-reviewer"));
        List<String> queueTitles = List.of("待审核的意见（1 条）", "待审核的问题（1 条）", "待审核的填空回答（1 条）");
        for (int i = 0; i < pending.size(); i++) {
            String path = pending.get(i);
            String subject = path.substring(0, path.lastIndexOf('/', path.lastIndexOf('/') - 1));
            Response queue = reviewer.get(subject);
            assertThat(queue.asString()).as(subject).contains("action=\"" + path + "/approve\"", "action=\"" + path + "/reject\"");
            assertThat(text(queue)).contains(queueTitles.get(i), "通过并公开", "不予公开");

            assertThat(reviewer.post(path + "/publish").statusCode()).as("an unknown decision decides nothing: " + path).isEqualTo(404);
            Response approved = reviewer.post(path + "/approve");
            assertThat(approved.statusCode()).as(path).isEqualTo(303);
            // the page it returns to says what was done (browser walk: the item just disappeared)
            // (a survey's answers are shown with its results, once it closes: said so)
            boolean survey = subject.contains("/surveys/");
            assertThat(approved.getHeader("Location")).endsWith(subject + (survey ? "?moderated=approved-later" : "?moderated=approved"));
            assertThat(org.jsoup.Jsoup.parse(reviewer.get(approved.getHeader("Location")).asString()).select("#moderation-notice").text())
                    .as(path).contains("已通过", survey ? "调查结束后随统计结果公开" : "已在公众页面公开");
            assertThat(org.jsoup.Jsoup.parse(reviewer.get(subject + "?moderated=<b>x</b>").asString()).select("#moderation-notice"))
                    .as("only the decisions' own words").isEmpty();
            Response again = editor.post(path + "/reject");
            assertThat(again.statusCode()).as("decided once: " + path).isEqualTo(409);
            assertThat(text(again)).contains("已经审核过了");
            assertThat(reviewer.get(subject).asString()).doesNotContain("action=\"" + path + "/approve\"");
        }

        // a survey's ticked option is counted, never moderated
        String survey = pending.get(2).replaceAll("/answers/.*", "");
        long surveyId = Long.parseLong(survey.replaceAll(".*/", ""));
        long counted = QuarkusTransaction.requiringNew().call(() -> SurveyAnswer.<SurveyAnswer>find(
                "question.survey.id = ?1 and status = ?2", surveyId, Contribution.Status.COUNTED).firstResult().id);
        assertThat(reviewer.post(survey + "/answers/" + counted + "/approve").statusCode()).isEqualTo(409);
    }

    @Test
    void anEmptyOrOverlongTextIsRefusedWithItsOwnNoun() {
        String comment = consultations.pendingComment("czj", "czj-editor").replaceAll("/comments/.*", "");
        String question = interviews.pendingQuestion("czj", "czj-editor").replaceAll("/questions/.*", "");
        String[][] cases = {
                {"/hudong/consultations/" + comment, "/comments", "意见", "2000"},
                {"/hudong/interviews/" + question, "/questions", "问题", "1000"}};
        for (String[] c : cases) {
            Response page = given().get(c[0]);
            String csrf = page.getCookie("csrf-token");
            Response empty = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                    .formParam("formToken", "x").formParam("body", "  ").post(c[0] + c[1]);
            assertThat(empty.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(text(empty)).contains("请填写" + c[2] + "。");
            assertThat(org.jsoup.Jsoup.parse(empty.asString()).title()).as("a refused form's title says so").startsWith("错误：");
            assertThat(org.jsoup.Jsoup.parse(page.asString()).title()).doesNotContain("错误");
            String longText = "长".repeat(Integer.parseInt(c[3]) + 1);
            Response tooLong = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                    .formParam("formToken", "x").formParam("body", longText).post(c[0] + c[1]);
            assertThat(tooLong.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(text(tooLong)).contains(c[2] + "不能超过 " + c[3] + " 个字。");
            assertThat(tooLong.asString()).as("what was typed is kept").contains(longText);
            Response control = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                    .formParam("formToken", "x").formParam("body", "意见\u0000内容").post(c[0] + c[1]);
            assertThat(control.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(text(control)).contains("“" + c[2] + "”含有无法显示的字符");
        }
    }

    @Test
    void aTextWithSensitiveWordsIsFlaggedAndApprovedOnlyOnceChecked() {
        Staff reviewer = Staff.login("czj-reviewer");
        String flagged = "建议参照国家工商行政管理总局的旧规定。此致敬礼";
        List<String> pending = List.of(
                "/workbench/consultations/" + consultations.pendingComment("czj", "czj-editor"),
                "/workbench/interviews/" + interviews.pendingQuestion("czj", "czj-editor"),
                "/workbench/surveys/" + surveys.pendingAnswer("czj", "czj-editor", "czj-reviewer"));
        List<Class<? extends Contribution>> types = List.of(org.zwgk.portal.consultations.ConsultationComment.class,
                org.zwgk.portal.interviews.InterviewQuestion.class, SurveyAnswer.class);
        for (int i = 0; i < pending.size(); i++) {
            String path = pending.get(i);
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            Class<? extends Contribution> type = types.get(i);
            QuarkusTransaction.requiringNew().run(() ->
                    io.quarkus.hibernate.orm.panache.Panache.getEntityManager(type).find(type, id).body = flagged);
            String subject = path.substring(0, path.lastIndexOf('/', path.lastIndexOf('/') - 1));

            Response queue = reviewer.get(subject);
            assertThat(queue.asString()).as(subject)
                    .contains("<mark class=\"sensitive\" title=\"机构已撤销（2018 年机构改革），现为国家市场监督管理总局\">国家工商行政管理总局</mark>")
                    .contains("name=\"acknowledged\" value=\"true\" required");
            assertThat(text(queue)).contains("这段文字中有 2 处敏感词");

            Response unchecked = reviewer.post(path + "/approve");
            assertThat(unchecked.statusCode()).as("not approved before the words were checked: " + path).isEqualTo(409);
            assertThat(text(unchecked)).contains("处敏感词，请检查后勾选“我已检查敏感词提示”再通过");
            assertThat(QuarkusTransaction.requiringNew().call(() ->
                    io.quarkus.hibernate.orm.panache.Panache.getEntityManager(type).find(type, id).status)).isEqualTo(Contribution.Status.PENDING);

            assertThat(reviewer.post(path + "/approve", java.util.Map.of("acknowledged", "true")).statusCode()).as(path).isEqualTo(303);
            assertThat(QuarkusTransaction.requiringNew().call(() ->
                    io.quarkus.hibernate.orm.panache.Panache.getEntityManager(type).find(type, id).status)).isEqualTo(Contribution.Status.APPROVED);
        }
    }
}
