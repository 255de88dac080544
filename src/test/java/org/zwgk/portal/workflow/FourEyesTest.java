package org.zwgk.portal.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.access.Staff;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four eyes with a second role: someone who is both editor and reviewer in an organization and changed
 * a colleague's draft is one of the authors of that version, and no author approves it, at any level.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class FourEyesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anEditorWhoIsAlsoReviewerCannotApproveADraftTheyChanged() {
        String both = fixtures.accountWith(Map.of("czj", Set.of(Role.EDITOR, Role.REVIEWER)));
        Staff dual = Staff.loginWith(both, Fixtures.PASSWORD);
        long id = fixtures.draft("czj-editor", "czyjs");
        Draft before = fixtures.draftNow(id);
        assertThat(dual.post("/workbench/drafts/" + id, Map.of("lockVersion", before.lockVersion, "type", "NOTICE",
                "title", before.meta.title, "body", "改写后的正文，未经他人审核。")).statusCode()).isEqualTo(303);
        Staff author = Staff.login("czj-editor");
        assertThat(author.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode())
                .isEqualTo(303);

        assertThat(dual.get("/workbench/drafts/" + id).asString()).as("no review buttons for an author of the version")
                .doesNotContain("id=\"approve\"");
        long audit = fixtures.auditCount();
        long version = fixtures.lockVersion(id);
        Response page = dual.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", version));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("不能审核自己撰写或修改过的稿件");
        Response api = dual.given().contentType("application/json").body("{\"lockVersion\":" + version + "}")
                .post("/api/v1/drafts/" + id + "/approve");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.contentType()).contains("problem+json");
        assertThat(api.asString()).contains("不能审核自己撰写或修改过的稿件");
        assertThat(dual.get("/api/v1/drafts").asString()).as("not in my review queue").doesNotContain("\"id\":" + id + ",");

        Draft after = fixtures.draftNow(id);
        assertThat(after.status).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(after.approvedLevels).isZero();
        assertThat(after.lockVersion).isEqualTo(version);
        assertThat(fixtures.auditCount()).as("nothing written").isEqualTo(audit);
        assertThat(reviews(id)).isZero();

        // returned, changed by the author again and resubmitted: the text still holds what they wrote
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(reviewer.post("/workbench/drafts/" + id + "/return",
                Map.of("lockVersion", fixtures.lockVersion(id), "comment", "请核实")).statusCode()).isEqualTo(303);
        Draft returned = fixtures.draftNow(id);
        assertThat(author.post("/workbench/drafts/" + id, Map.of("lockVersion", returned.lockVersion, "type", "NOTICE",
                "title", returned.meta.title, "body", returned.meta.body + "\n\n已核实。")).statusCode()).isEqualTo(303);
        assertThat(author.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode())
                .isEqualTo(303);
        assertThat(dual.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .isEqualTo(403);

        // a reviewer who wrote none of it publishes it
        WorkflowTest.approve(reviewer, id);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.PUBLISHED);
    }

    @Test
    void inAThreeLevelOrganizationAnAuthorOfTheVersionApprovesNoLevelAndNobodyApprovesTwice() {
        String both = fixtures.accountWith(Map.of("szfb", Set.of(Role.EDITOR, Role.REVIEWER)));
        Staff dual = Staff.loginWith(both, Fixtures.PASSWORD);
        long id = fixtures.draft("szfb-editor", "tzgg");
        // an attachment is part of the version that is published: adding one is a change too
        Response upload = dual.given().multiPart("csrf-token", dual.csrf())
                .multiPart("lockVersion", String.valueOf(fixtures.lockVersion(id)))
                .multiPart(new MultiPartSpecBuilder(AttachmentUploadTest.PDF).controlName("file").fileName("附件.pdf")
                        .mimeType("application/pdf").charset(StandardCharsets.UTF_8).build())
                .post("/workbench/drafts/" + id + "/attachments");
        assertThat(upload.statusCode()).isEqualTo(303);
        assertThat(Staff.login("szfb-editor").post("/workbench/drafts/" + id + "/submit",
                fixtures.form(id)).statusCode()).isEqualTo(303);

        assertThat(approve(dual, id).statusCode()).as("level 1").isEqualTo(403);
        Staff first = Staff.login("szfb-reviewer1");
        WorkflowTest.approve(first, id);
        Response twice = approve(first, id);
        assertThat(twice.statusCode()).as("the same person twice").isEqualTo(409);
        assertThat(twice.asString()).contains("不同人员");
        String firstSees = first.get("/workbench/drafts/" + id).asString();
        assertThat(firstSees).as("no buttons that would only refuse")
                .doesNotContain("action=\"/workbench/drafts/" + id + "/approve\"");
        assertThat(org.jsoup.Jsoup.parse(firstSees).select("#awaiting-review").text()).as("but a word why")
                .contains("第 2 级审核（共 3 级）", "已审核过本稿件的人员不能再审核");
        assertThat(org.jsoup.Jsoup.parse(first.get("/workbench").asString()).select("#review-queue a[href=/workbench/drafts/" + id + "]"))
                .as("nor is it in their queue").isEmpty();
        assertThat(org.jsoup.Jsoup.parse(Staff.login("szfb-reviewer2").get("/workbench").asString())
                .select("#review-queue a[href=/workbench/drafts/" + id + "]")).as("the next level's is").isNotEmpty();
        assertThat(Staff.login("szfb-reviewer2").get("/workbench/drafts/" + id).asString())
                .contains("action=\"/workbench/drafts/" + id + "/approve\"");
        assertThat(approve(dual, id).statusCode()).as("level 2").isEqualTo(403);
        WorkflowTest.approve(Staff.login("szfb-reviewer2"), id);
        assertThat(approve(dual, id).statusCode()).as("level 3").isEqualTo(403);
        assertThat(fixtures.draftNow(id).approvedLevels).isEqualTo(2);
        WorkflowTest.approve(Staff.login("szfb-reviewer3"), id);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> DraftReview.of(Draft.findById(id)).stream()
                .map(r -> r.reviewer).toList())).containsExactly("szfb-reviewer1", "szfb-reviewer2", "szfb-reviewer3");
    }

    @Test
    void aReturnIsShownAtTheLevelItWasGivenAndReviewStartsAgain() {
        long id = fixtures.draft("szfb-editor", "tzgg");
        assertThat(Staff.login("szfb-editor").post("/workbench/drafts/" + id + "/submit",
                fixtures.form(id)).statusCode()).isEqualTo(303);
        WorkflowTest.approve(Staff.login("szfb-reviewer1"), id);
        Staff second = Staff.login("szfb-reviewer2");
        assertThat(second.post("/workbench/drafts/" + id + "/return",
                Map.of("lockVersion", fixtures.lockVersion(id), "comment", "数据需核对")).statusCode()).isEqualTo(303);

        assertThat(fixtures.draftNow(id).approvedLevels).isZero();
        String history = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench/drafts/" + id).asString())
                .select("li").eachText().toString();
        assertThat(history).contains("市政府办公室审核人员甲（szfb-reviewer1） 第 1 审通过", "市政府办公室审核人员乙（szfb-reviewer2） 第 2 审退回修改：数据需核对");
    }

    @Test
    void aReviewRecordNamesTheLevelTakenNotOneInTheReviewersName() {
        // browser walk: "市政府办公室二审（szfb-reviewer2） 第 1 审通过" when reviewer2 took the first level
        long id = fixtures.draft("szfb-editor", "tzgg");
        assertThat(Staff.login("szfb-editor").post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode()).isEqualTo(303);
        WorkflowTest.approve(Staff.login("szfb-reviewer2"), id);
        String history = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench/drafts/" + id).asString()).select("#reviews li").text();
        assertThat(history).contains("市政府办公室审核人员乙（szfb-reviewer2） 第 1 审通过").doesNotContain("二审");
    }

    private Response approve(Staff who, long id) {
        return who.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
    }

    private long reviews(long id) {
        return QuarkusTransaction.requiringNew().call(() -> DraftReview.count("draft.id", id));
    }
}
