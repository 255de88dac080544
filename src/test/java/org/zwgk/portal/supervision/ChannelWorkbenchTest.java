package org.zwgk.portal.supervision;

import org.zwgk.portal.channels.Channel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.content.ContentImporter;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.Draft;
import org.zwgk.portal.workflow.DraftStatus;
import org.zwgk.portal.workflow.Fixtures;
import org.zwgk.portal.workflow.WorkflowService;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Channels in the workbench: freshness against the inspection thresholds, transfer and merge. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class ChannelWorkbenchTest {

    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    WorkflowService workflow;

    @Test
    void editorsSeeTheirOwnChannelsWithFreshness() {
        fixtures.published("gzdt");
        String page = Staff.login("szfb-editor").get("/workbench/channels").asString();
        assertThat(page).contains("id=\"channel-gzdt\"").doesNotContain("id=\"channel-czyjs\"");
        String row = page.substring(page.indexOf("id=\"channel-gzdt\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("正常").contains("0 天 / 时限 14 天");
        assertThat(org.jsoup.Jsoup.parse(page).select("h1").text()).isEqualTo("本单位栏目");
        String all = Staff.login("auditor").get("/workbench/channels").asString();
        assertThat(all).contains("id=\"channel-czyjs\"");
        // browser walk: the auditor's and the site admin's list of every unit's channels was titled 本单位栏目
        assertThat(org.jsoup.Jsoup.parse(all).select("h1").text()).isEqualTo("全部栏目");
        assertThat(org.jsoup.Jsoup.parse(Staff.login("site-admin").get("/workbench/channels").asString()).select("h1, nav.workbench-nav a[href=/workbench/channels]")
                .eachText()).containsOnly("全部栏目");
    }

    @Test
    void aChannelWithoutAnythingForHalfAYearIsOverdue() {
        String code = fixtures.channel("szfb");
        String page = Staff.login("szfb-editor").get("/workbench/channels").asString();
        String row = page.substring(page.indexOf("id=\"channel-" + code + "\""));
        // the figures say what they count (browser walk: 无 / 183 and 3047 / 183 without units)
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("已超期").contains("时限 183 天");
    }

    @Test
    void theChannelsPageListsTheChoicesOnceNotOncePerRow() {
        // browser walk: a select of every organization and every channel in each row made the page 4 MB and 22 s to draw
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Staff.login("site-admin").get("/workbench/channels").asString());
        int rows = page.select("input[name=organization][list=organization-choices]").size();
        assertThat(rows).isGreaterThan(10);
        assertThat(page.select("input[name=into][list=channel-choices]")).hasSize(rows);
        assertThat(page.select("#organization-choices option[value=czj]").text()).isEqualTo("昆山市财政局");
        assertThat(page.select("option").size()).as("each choice once").isLessThan(3 * rows);
        org.jsoup.nodes.Document forEditor = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench/channels").asString());
        assertThat(forEditor.select("main datalist")).isEmpty();
        // a code typed that nobody has is refused in words
        assertThat(Staff.login("site-admin").post("/workbench/channels/" + fixtures.channel("szfb") + "/transfer",
                Map.of("organization", "nosuchorg", "reason", "职能调整")).statusCode()).isEqualTo(400);
    }

    @Test
    void aSiteAdminTransfersAChannelAndTheNewOwnerWritesThereAndTheImportKeepsIt() {
        String code = fixtures.channel("szfb");
        Staff admin = Staff.login("site-admin");
        assertThat(admin.post("/workbench/channels/" + code + "/transfer", Map.of("organization", "czj", "reason", "职能调整")).statusCode())
                .isEqualTo(303);
        assertThat(Staff.login("czj-editor").post("/workbench/drafts", Map.of("channel", code, "type", "NOTICE",
                "title", "移交后的第一篇", "body", "正文")).statusCode()).isEqualTo(303);
        assertThat(Staff.login("szfb-editor").post("/workbench/drafts", Map.of("channel", code, "type", "NOTICE",
                "title", "原单位不能再写", "body", "正文")).statusCode()).isEqualTo(403);
        assertThat(Staff.login("auditor").get("/workbench/audit?action=channel.transfer").asString())
                .contains("所属单位=szfb").contains("所属单位=czj").contains("职能调整");
        // a channel from the content repository: after the transfer the file still names the old owner;
        // the import at the next start must neither fail nor undo the site admin's decision
        assertThat(admin.post("/workbench/channels/ssjygk/transfer", Map.of("organization", "czj", "reason", "职能调整")).statusCode())
                .isEqualTo(303);
        importer.importFrom(Path.of("content"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Channel.findByCode("ssjygk").orElseThrow().owner.code)).isEqualTo("czj");
    }

    @Test
    void aTransferredChannelTakesItsOpenDraftsAlongAndTheOldOwnerCanNoLongerFinishThem() {
        String code = fixtures.channel("szfb");
        long writing = fixtures.draft("szfb-editor", code);
        long inReview = fixtures.submitted("szfb-editor", code);
        assertThat(Staff.login("site-admin").post("/workbench/channels/" + code + "/transfer",
                Map.of("organization", "czj", "reason", "职能调整")).statusCode()).isEqualTo(303);

        // 谁开设、谁管理: the old owner's staff neither finish nor approve what is now another's channel
        assertRefused(() -> workflow.submit(fixtures.user("szfb-editor"), writing, fixtures.lockVersion(writing), true, AuditLog.system("test")));
        assertRefused(() -> workflow.approve(fixtures.user("szfb-reviewer1"), inReview, fixtures.lockVersion(inReview), null, AuditLog.system("test")));
        // the new owner's: the one in review goes back to its editors, its approvals having been the old owner's
        Draft moved = fixtures.draftNow(inReview);
        assertThat(moved.organization.code).isEqualTo("czj");
        assertThat(moved.status).isEqualTo(DraftStatus.RETURNED);
        assertThat(moved.approvedLevels).isZero();
        assertThat(fixtures.draftNow(writing).organization.code).isEqualTo("czj");
        QuarkusTransaction.requiringNew().run(() -> workflow.submit(fixtures.user("czj-editor"), inReview,
                fixtures.lockVersion(inReview), true, AuditLog.system("test")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> workflow.reviewQueue(fixtures.user("czj-reviewer")).stream()
                .map(d -> d.id).toList())).contains(inReview);
        assertThat(Staff.login("auditor").get("/workbench/audit?action=draft.rehome").asString()).contains("单位=czj");
    }

    @Test
    void anotherOrganizationsDraftInAPlatformChannelStaysItsOwnWhenTheChannelChangesHands() {
        // an interview transcript: czj's draft in a channel szfb owns (as zxft is the platform's)
        String code = fixtures.channel("szfb");
        long transcript = QuarkusTransaction.requiringNew().call(() -> {
            org.zwgk.portal.documents.DocumentMetadata meta = org.zwgk.portal.documents.DocumentMetadata.proactive(
                    org.zwgk.portal.catalog.DocumentType.INTERPRETATION, "访谈（文字实录）", "实录正文。");
            return workflow.submitFor(fixtures.user("czj-editor"), org.zwgk.portal.organizations.Organization.findByCode("czj").orElseThrow(),
                    org.zwgk.portal.channels.Channel.findByCode(code).orElseThrow(), meta, java.util.Set.of(), AuditLog.system("test"))
                    .orElseThrow().id;
        });
        assertThat(Staff.login("site-admin").post("/workbench/channels/" + code + "/transfer",
                Map.of("organization", "fgw", "reason", "职能调整")).statusCode()).isEqualTo(303);
        Draft kept = fixtures.draftNow(transcript);
        assertThat(kept.organization.code).as("still czj's, in czj's review").isEqualTo("czj");
        assertThat(kept.status).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> workflow.reviewQueue(fixtures.user("czj-reviewer")).stream()
                .map(d -> d.id).toList())).contains(transcript);
    }

    @Test
    void aMergedChannelsOpenDraftsGoIntoTheChannelItWasMergedInto() {
        String from = fixtures.channel("szfb");
        String into = fixtures.channel("szfb");
        long inReview = fixtures.submitted("szfb-editor", from);
        assertThat(Staff.login("site-admin").post("/workbench/channels/" + from + "/merge",
                Map.of("into", into, "reason", "整合")).statusCode()).isEqualTo(303);
        Draft moved = fixtures.draftNow(inReview);
        assertThat(moved.channel.code).isEqualTo(into);
        assertThat(moved.status).isEqualTo(DraftStatus.RETURNED);
    }

    private static void assertRefused(Runnable step) {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(step))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.status()).isIn(403, 404));
    }

    @Test
    void aMergedChannelMovesItsDocumentsAndTakesNoMoreDrafts() {
        String from = fixtures.channel("szfb");
        String into = fixtures.channel("szfb");
        long doc = fixtures.published(from);
        Staff admin = Staff.login("site-admin");
        assertThat(admin.post("/workbench/channels/" + from + "/merge", Map.of("into", into, "reason", "长期不更新，整合")).statusCode())
                .isEqualTo(303);
        assertThat(RestAssured.get("/channels/" + into).asString()).contains("已发布测试信息");
        var refused = Staff.login("szfb-editor").post("/workbench/drafts", Map.of("channel", from, "type", "NOTICE",
                "title", "关闭的栏目", "body", "正文"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("已迁移整合");
        assertThat(doc).isPositive();
    }

    @Test
    void aChannelEditNamesEveryWrongFieldAndChangesNothing() {
        String code = fixtures.channel("szfb");
        String before = QuarkusTransaction.requiringNew().call(() -> Channel.findByCode(code).orElseThrow().name);
        var refused = Staff.login("szfb-admin").post("/workbench/channels/" + code + "/edit",
                Map.of("name", " ", "description", "说明".repeat(501)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("请填写“栏目名称”", "“栏目说明”不能超过 1000 个字符");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Channel.findByCode(code).orElseThrow().name)).isEqualTo(before);
        assertThat(Staff.login("szfb-admin").post("/workbench/channels/" + code + "/edit",
                Map.of("name", "新名称栏目", "description", "")).statusCode()).isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Channel.findByCode(code).orElseThrow().name)).isEqualTo("新名称栏目");
        // editor walk: a second 通知公告 of the same organization was accepted
        var taken = Staff.login("szfb-admin").post("/workbench/channels/" + code + "/edit", Map.of("name", "通知公告", "description", ""));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.asString()).contains("本单位已有名为“通知公告”的栏目");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Channel.findByCode(code).orElseThrow().name)).isEqualTo("新名称栏目");
        assertThat(Staff.login("szfb-admin").post("/workbench/channels/" + code + "/edit",
                Map.of("name", "新名称栏目", "description", "说明改了，名称未改")).statusCode()).as("its own name").isEqualTo(303);
    }

    @Test
    void aChannelsNameAndDescriptionPassThePrivacyGateWhenSaved() {
        // security review: a mobile and an ID number typed into them were shown whole on the channel page and
        // beside every document of the channel (pages, search, feeds, API)
        String code = fixtures.channel("szfb");
        assertThat(Staff.login("szfb-admin").post("/workbench/channels/" + code + "/edit", Map.of("name", "其他（手机13812345678）",
                "description", "经办人身份证号码320583198001011238，住玉山镇人民路88号3幢201室。")).statusCode()).isEqualTo(303);
        String page = RestAssured.get("/channels/" + code).asString();
        assertThat(page).contains("其他（手机138****5678）", "320583********1238").doesNotContain("13812345678", "320583198001011238", "3幢201室");
    }
}
