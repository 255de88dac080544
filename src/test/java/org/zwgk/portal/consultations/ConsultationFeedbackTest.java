package org.zwgk.portal.consultations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.messages.MessageLimitsTestProfile;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 采纳情况 a citizen reads after a consultation closed by itself (the clock moved past its end
 * date): how many comments, which were adopted, and the final policy document linked.
 */
@QuarkusTest
@TestProfile(MessageLimitsTestProfile.class)
class ConsultationFeedbackTest {

    @Inject
    ConsultationFixtures fixtures;
    @Inject
    ConsultationService service;
    @Inject
    org.zwgk.portal.workflow.Fixtures documents;

    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** A review form as the consultation's workbench page posts it: its version now and the {@code fields}. */
    static Map<String, Object> seen(long id, Object... fields) {
        return org.zwgk.portal.workflow.ReviewForms.seen(Consultation.class, id, fields);
    }

    @Test
    void theFeedbackShowsTheAdoptedCommentsAndTheFinalDocument() {
        String pending = fixtures.pendingComment("czj", "czj-editor");
        long id = Long.parseLong(pending.substring(0, pending.indexOf('/')));
        long first = Long.parseLong(pending.substring(pending.lastIndexOf('/') + 1));
        String adoptedText = "建议把采购结果的公示期延长到十五天。";
        long second = QuarkusTransaction.requiringNew().call(() -> service.comment(id, adoptedText, "10.16.7.1", () -> { }).id);
        Staff reviewer = Staff.login("czj-reviewer");
        for (long k : new long[]{first, second}) {
            assertThat(reviewer.post("/workbench/consultations/" + id + "/comments/" + k + "/approve").statusCode()).isEqualTo(303);
        }
        String[] policy = QuarkusTransaction.requiringNew().call(() -> {
            Document d = Document.<Document>find("contentKey", "szfb-2018-152").firstResult();
            return new String[]{String.valueOf(d.id), d.meta.title, d.meta.docNumber};
        });
        // staff know a policy by its 文号, typed with whatever brackets are at hand
        String typedNumber = policy[2].replace('〔', '（').replace('〕', '）');

        MovableClock.advance(Duration.ofDays(41)); // past its end date: closed by itself
        Staff editor = Staff.login("czj-editor");
        assertThat(text(given().get("/hudong/consultations/" + id).asString())).contains("已结束");
        assertThat(editor.post("/workbench/consultations/" + id + "/feedback", Map.of("feedback", "采纳了延长公示期的意见，其余意见已在起草时考虑。",
                "adopted", String.valueOf(second), "finalDocument", typedNumber)).statusCode()).isEqualTo(303);

        // four eyes, as on everything public (security audit): nothing of it shows until a reviewer approves it
        String waiting = given().get("/hudong/consultations/" + id).asString();
        assertThat(text(waiting)).doesNotContain("意见采纳情况").doesNotContain("采纳了延长公示期的意见").doesNotContain("已采纳");
        assertThat(editor.post("/workbench/consultations/" + id + "/feedback/approve", seen(id)).statusCode()).as("its writer").isEqualTo(403);
        reviewer = Staff.login("czj-reviewer"); // the first session ended with the 41 days
        String review = reviewer.get("/workbench/consultations/" + id).asString();
        assertThat(text(review)).contains("采纳情况由 市财政局撰稿人（czj-editor） 提交，待本单位其他审核人员批准后公布", "采纳了延长公示期的意见");
        assertThat(reviewer.post("/workbench/consultations/" + id + "/feedback/approve", seen(id)).statusCode()).isEqualTo(303);
        assertThat(text(reviewer.get("/workbench/consultations/" + id).asString())).contains("采纳情况已由 市财政局审核人（czj-reviewer） 批准公布");
        assertThat(reviewer.post("/workbench/consultations/" + id + "/feedback/approve", seen(id)).statusCode()).as("nothing waits").isEqualTo(409);

        String page = given().get("/hudong/consultations/" + id).asString();
        assertThat(text(page)).contains("意见采纳情况", "共收到意见 2 条，公开 2 条，采纳 1 条。", "采纳了延长公示期的意见", adoptedText);
        String adoptedItem = page.substring(page.indexOf(adoptedText), page.indexOf("</li>", page.indexOf(adoptedText)));
        assertThat(adoptedItem).contains("已采纳");
        String otherItem = page.substring(page.indexOf("测试意见"), page.indexOf("</li>", page.indexOf("测试意见")));
        assertThat(otherItem).doesNotContain("已采纳");
        assertThat(page).contains("<a href=\"/documents/" + policy[0] + "\">" + policy[1] + "</a>");
    }

    @Test
    void anUnknownFinalDocumentIsAFieldErrorAndKeepsWhatWasTypedAndItsAddressIsTaken() {
        long id = fixtures.closed("czj", "czj-editor");
        Staff editor = Staff.login("czj-editor");
        String summary = "共收到意见若干条，已按意见修改后印发。";
        io.restassured.response.Response refused = editor.post("/workbench/consultations/" + id + "/feedback",
                Map.of("feedback", summary, "finalDocument", "昆政办发〔1999〕999号"));
        assertThat(refused.statusCode()).isEqualTo(400);
        String html = refused.asString();
        assertThat(html).contains("id=\"finalDocument-error\"", "没有找到“昆政办发〔1999〕999号”对应的已公开文件",
                ">" + summary + "</textarea>", "value=\"昆政办发〔1999〕999号\"");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Consultation.<Consultation>findById(id).feedback)).as("nothing written").isNull();

        io.restassured.response.Response unknown = editor.post("/workbench/consultations/" + id + "/feedback",
                Map.of("feedback", summary, "finalDocument", "999999999"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("没有找到“999999999”对应的已公开文件", ">" + summary + "</textarea>", "value=\"999999999\"");

        // a published document that is not public (不予公开) is no final document: its title would show on the public page
        long withheld = documents.published("czyjs");
        QuarkusTransaction.requiringNew().run(() -> org.zwgk.portal.documents.Document.<org.zwgk.portal.documents.Document>findById(withheld)
                .meta.disclosure = org.zwgk.portal.documents.Disclosure.WITHHELD);
        io.restassured.response.Response hidden = editor.post("/workbench/consultations/" + id + "/feedback",
                Map.of("feedback", summary, "finalDocument", String.valueOf(withheld)));
        assertThat(hidden.statusCode()).isEqualTo(400);
        assertThat(hidden.asString()).contains("不是已公开的文件（可能已撤回或不予公开）");

        // its address, as copied from the browser, names it
        long policy = documents.published("czyjs");
        assertThat(editor.post("/workbench/consultations/" + id + "/feedback",
                Map.of("feedback", summary, "finalDocument", "http://localhost/documents/" + policy + "?from=search")).statusCode()).isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Consultation.<Consultation>findById(id).finalDocument.id)).isEqualTo(policy);
    }
}
