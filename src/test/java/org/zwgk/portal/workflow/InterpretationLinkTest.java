package org.zwgk.portal.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy's 文号 and the interpretation that names it, as editors type them (editor walk): the 文号
 * in its standard form, the policy named by 文号 or 索引号, a second document under one number shown
 * to editor and reviewers, and an interpretation of a withdrawn policy saying so.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class InterpretationLinkTest {

    @Inject
    Fixtures fixtures;

    Staff editor;
    Staff reviewer;

    @org.junit.jupiter.api.BeforeEach
    void logIn() {
        editor = Staff.login("czj-editor");
        reviewer = Staff.login("czj-reviewer");
    }

    long draft(String channel, String type, String title, String... fields) {
        Map<String, Object> form = new java.util.LinkedHashMap<>(Map.of("channel", channel, "type", type, "title", title, "body", title + "的正文。"));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        if (type.equals("POLICY")) {
            Fixtures.POLICY_CATALOGUE.forEach(form::putIfAbsent);
        }
        return WorkflowTest.createdId(editor.post("/workbench/drafts", form));
    }

    long published(long draft) {
        assertThat(editor.post("/workbench/drafts/" + draft + "/submit", fixtures.form(draft, "acknowledged", "true")).statusCode()).isEqualTo(303);
        WorkflowTest.approve(reviewer, draft);
        return fixtures.draftNow(draft).document.id;
    }

    @Test
    void aPolicyIsNamedByItsNumberAsEditorsTypeItAndItsWithdrawalIsShownOnItsInterpretation() {
        int n = 100000 + (int) (System.nanoTime() % 900000);
        String number = "昆财规〔2026〕" + n + "号";
        String title = "关于规范财政资金管理的规定" + n;
        long policyDraft = draft("czj-zcwj", "POLICY", title, "docNumber", "昆财规 [2026] " + n);
        assertThat(fixtures.draftNow(policyDraft).meta.docNumber).as("stored in its standard form").isEqualTo(number);
        long policy = published(policyDraft);
        String indexNumber = fixtures.draftNow(policyDraft).document.indexNumber;

        Response notice = editor.post("/workbench/drafts", Map.of("channel", "czj-qt", "type", "NOTICE", "title", "不是解读",
                "body", "正文", "interprets", number));
        assertThat(notice.statusCode()).isEqualTo(400);
        assertThat(notice.asString()).contains("只有信息类别为“政策解读”的稿件");
        Response unknown = editor.post("/workbench/drafts", Map.of("channel", "czj-qt", "type", "INTERPRETATION", "title", "解读",
                "body", "正文", "interprets", "昆财规〔2026〕" + (n + 1) + "号"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("没有找到“昆财规〔2026〕" + (n + 1) + "号”对应的已公开文件");

        long byNumber = draft("czj-qt", "INTERPRETATION", "《" + title + "》政策解读", "interprets", "昆财规（2026）" + n + "号");
        long byIndex = draft("czj-qt", "INTERPRETATION", "图解" + title, "interprets", indexNumber);
        assertThat(fixtures.draftNow(byIndex).interprets.id).isEqualTo(policy);
        assertThat(editor.post("/workbench/drafts/" + byNumber + "/submit", fixtures.form(byNumber, "acknowledged", "true")).statusCode())
                .isEqualTo(303);
        assertThat(Jsoup.parse(reviewer.get("/workbench/drafts/" + byNumber).asString()).select("#metadata").text())
                .as("the reviewer checks the policy by its title and number").contains(title + "（" + number + "）");
        WorkflowTest.approve(reviewer, byNumber);
        long interpretation = fixtures.draftNow(byNumber).document.id;

        // a second policy under the same number: told to its editor and to the reviewer, not refused
        long twin = draft("czj-zcwj", "POLICY", "另一份规定" + n, "docNumber", number);
        String warning = Jsoup.parse(editor.get("/workbench/drafts/" + twin).asString()).select(".doc-number-taken").text();
        assertThat(warning).contains("文号“" + number + "”已用于已发布的《" + title + "》", indexNumber);
        assertThat(editor.post("/workbench/drafts/" + twin + "/submit", fixtures.form(twin, "acknowledged", "true")).statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(reviewer.get("/workbench/drafts/" + twin).asString()).select("#review .doc-number-taken").text()).isEqualTo(warning);
        assertThat(Jsoup.parse(editor.get("/workbench/drafts/" + byIndex).asString()).select(".doc-number-taken"))
                .as("an interpretation has no 文号 of its own").isEmpty();

        assertThat(Jsoup.parse(RestAssured.get("/documents/" + interpretation).asString()).select("#interprets").text())
                .contains(title).doesNotContain("已撤回");
        assertThat(reviewer.post("/workbench/documents/" + policy + "/withdraw", Map.of("reason", "已废止")).statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(RestAssured.get("/documents/" + interpretation).asString()).select("#interprets").text())
                .contains(title, "该文件已撤回");
        Response late = editor.post("/workbench/drafts/" + byIndex, fixtures.form(byIndex));
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.asString()).contains("不是已公开的文件（可能已撤回或不予公开）");
    }

    /**
     * Security review: any organization attached a 相关解读 to any other's policy, shown on that policy's
     * page and counted for its row 13. A unit interprets its own policies and those of the bodies above it.
     */
    @Test
    void aUnitInterpretsItsOwnPoliciesAndThoseAboveItNotAnotherUnits() {
        long beside = fixtures.publishedPolicy("fgw", "fgw-zcwj");
        String title = "关于他单位政策的解读" + System.nanoTime();
        Response refused = editor.post("/workbench/drafts", Map.of("channel", "czj-qt", "type", "INTERPRETATION", "title", title,
                "body", "解读正文。", "interprets", "/documents/" + beside));
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#interprets-error").text()).contains("由市发改委发布").contains("只能解读本单位或上级机关");
        assertThat(form.select("#title").val()).as("what was typed comes back").isEqualTo(title);
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Draft.count("meta.title", title))).isZero();

        // nor by changing a draft that interprets nothing yet
        long d = draft("czj-qt", "INTERPRETATION", title);
        assertThat(editor.post("/workbench/drafts/" + d, fixtures.form(d, "interprets", "/documents/" + beside)).statusCode()).isEqualTo(400);
        assertThat(fixtures.draftNow(d).interprets).isNull();

        // the 市人民政府 is above the 财政局: its policy the 财政局 explains
        long government = fixtures.publishedPolicy("ksgov", "xxgknb-ksgov");
        long explained = published(draft("czj-qt", "INTERPRETATION", "关于市政府政策的解读" + System.nanoTime(),
                "interprets", "/documents/" + government));
        assertThat(Jsoup.parse(RestAssured.get("/documents/" + government).asString()).select("#interpretations a[href='/documents/" + explained + "']"))
                .as("listed on the policy's page").isNotEmpty();

        // the 市政府办公室 issues for the 市人民政府 (昆政办发), and the department that drafted such a policy explains it (谁起草、谁解读)
        long office = fixtures.publishedPolicy("szfb", "zcwj");
        long drafted = published(draft("czj-qt", "INTERPRETATION", "关于市政府办公室政策的解读" + System.nanoTime(),
                "interprets", "/documents/" + office));
        assertThat(Jsoup.parse(RestAssured.get("/documents/" + office).asString()).select("#interpretations a[href='/documents/" + drafted + "']"))
                .isNotEmpty();

        // a law another body issued, republished in the office's 法律法规: not every department's to explain
        long law = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.zwgk.portal.documents.Document.findByContentKey("gov-info-disclosure-regulation-2019").orElseThrow().id);
        assertThat(editor.post("/workbench/drafts", Map.of("channel", "czj-qt", "type", "INTERPRETATION", "title", "关于条例的解读" + System.nanoTime(),
                "body", "解读正文。", "interprets", "/documents/" + law)).statusCode()).isEqualTo(400);
    }
}
