package org.zwgk.portal.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.TestContent;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.audit.AuditEvent;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@jakarta.transaction.Transactional
class ContentImportTest {

    @Inject
    ContentImporter importer;

    @Test
    void importingTheSameContentTwiceChangesNothing() {
        TestContent content = TestContent.copyOfRepository();
        importer.importFrom(content.root);
        long documents = Document.count();
        long audit = AuditEvent.count();

        ImportReport again = importer.importFrom(content.root);

        assertThat(again.documentsCreated()).isZero();
        assertThat(again.documentsRevised()).isZero();
        assertThat(again.statusChanges()).isZero();
        assertThat(again.documentsUnchanged()).isGreaterThanOrEqualTo(5);
        assertThat(Document.count()).isEqualTo(documents);
        assertThat(AuditEvent.count()).as("an unchanged import writes no audit events").isEqualTo(audit);
    }

    @Inject
    org.zwgk.portal.attachments.AttachmentStore attachments;

    @Test
    void aMissingAttachmentFileIsRestoredFromTheRepository() throws Exception {
        String sha = org.zwgk.portal.attachments.AttachmentStore.sha256Of(
                java.nio.file.Path.of("content/documents/zcwj/attachments/kunshan-2018-disclosure-plan.txt"));
        java.nio.file.Files.deleteIfExists(attachments.pathOf(sha));
        importer.importFrom(java.nio.file.Path.of("content"));
        assertThat(attachments.pathOf(sha)).exists();
    }

    @Test
    void aChangedFileGivesANewVersionNotADuplicate() {
        TestContent content = TestContent.copyOfRepository()
                .write("documents/zcwj/test-revise.md", TestContent.document("test-revise", "关于测试修订的通知", "",
                        "第一版正文：办理时限为十五个工作日。"));
        importer.importFrom(content.root);
        long id = idOf("test-revise");

        content.write("documents/zcwj/test-revise.md", TestContent.document("test-revise", "关于测试修订的通知",
                "change:\n  kind: minor\n  note: 更正办理时限\n", "第二版正文：办理时限为二十个工作日。"));
        ImportReport report = importer.importFrom(content.root);

        assertThat(report.documentsRevised()).isEqualTo(1);
        assertThat(Document.count("contentKey", "test-revise")).isEqualTo(1);
        JsonPath detail = given().get("/api/v1/documents/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("version")).isEqualTo("1.1");
        assertThat(detail.getString("body")).contains("二十个工作日");
        assertThat(detail.getList("versions.changeNote")).containsExactly("更正办理时限", "首次发布");
        // the old version stays readable
        given().get("/documents/" + id + "/versions/1.0").then().statusCode(200)
                .body(containsString("十五个工作日"), containsString("历史版本 v1.0"));
        // code review: the first version's line said v1.0（首次发布：首次发布）
        assertThat(given().get("/documents/" + id + "/versions/1.0").asString()).contains("v1.0（首次发布）");
    }

    @Test
    void aChangeWithoutANoteIsRefusedWithFileAndLine() {
        TestContent content = TestContent.copyOfRepository()
                .write("documents/zcwj/test-no-note.md", TestContent.document("test-no-note", "关于测试备注的通知", "", "原文。"));
        importer.importFrom(content.root);
        content.write("documents/zcwj/test-no-note.md", TestContent.document("test-no-note", "关于测试备注的通知（修改）", "", "原文已改。"));

        ContentImportException e = catchThrowableOfType(ContentImportException.class, () -> importer.importFrom(content.root));

        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.file()).isEqualTo("documents/zcwj/test-no-note.md");
            assertThat(err.line()).isEqualTo(4);
            assertThat(err.message()).contains("change");
        });
        assertThat(Document.<Document>find("contentKey", "test-no-note").firstResult().meta.title).isEqualTo("关于测试备注的通知");
    }

    @Test
    void aBadFileImportsNothingAtAllAndNamesFileAndLine() {
        TestContent content = TestContent.copyOfRepository()
                .write("documents/zcwj/test-good.md", TestContent.document("test-good", "本应导入的好文件", "", "正文。"))
                .write("documents/zcwj/test-bad-org.md", TestContent.document("test-bad-org", "机构写错的文件", "", "正文。")
                        .replace("organization: szfb", "organization: no-such-org"))
                .write("documents/zcwj/test-bad-yaml.md", "---\nkey: test-bad-yaml\ntitle: [未闭合\n---\n\n正文\n");

        ContentImportException e = catchThrowableOfType(ContentImportException.class, () -> importer.importFrom(content.root));

        assertThat(e.errors()).extracting(ContentError::toString).anySatisfy(s ->
                assertThat(s).startsWith("documents/zcwj/test-bad-yaml.md:").contains("not valid YAML"));
        assertThat(e.getMessage()).contains("documents/zcwj/test-bad-yaml.md:");
        assertThat(Document.count("contentKey", "test-good")).as("nothing is half-imported").isZero();

        content.write("documents/zcwj/test-bad-yaml.md", TestContent.document("test-bad-yaml", "已修好", "", "正文。"));
        ContentImportException second = catchThrowableOfType(ContentImportException.class, () -> importer.importFrom(content.root));
        assertThat(second.errors()).singleElement().hasToString(
                "documents/zcwj/test-bad-org.md:5: organization 'no-such-org' is not defined");
        assertThat(Document.count("contentKey", "test-good")).isZero();
    }

    @Test
    void unknownFieldsAndOwnershipViolationsAreRefused() {
        TestContent typo = TestContent.copyOfRepository()
                .write("documents/zcwj/test-typo.md", TestContent.document("test-typo", "字段拼错", "titel: 拼错\n", "正文。"));
        assertThatThrownBy(() -> importer.importFrom(typo.root)).isInstanceOf(ContentImportException.class)
                .hasMessageContaining("documents/zcwj/test-typo.md:11: unknown field 'titel'");

        // 市财政局 may not publish into a channel that 市政府办公室 opened
        TestContent foreign = TestContent.copyOfRepository()
                .write("documents/zcwj/test-foreign.md", TestContent.document("test-foreign", "越权发布", "", "正文。")
                        .replace("organization: szfb", "organization: czj"));
        assertThatThrownBy(() -> importer.importFrom(foreign.root)).isInstanceOf(ContentImportException.class)
                .hasMessageContaining("belongs to 'szfb', not to 'czj'");

        TestContent transfer = TestContent.copyOfRepository()
                .replace("channels.yaml", "- code: czyjs\n  name: 财政预决算\n  owner: czj", "- code: czyjs\n  name: 财政预决算\n  owner: fgw");
        assertThatThrownBy(() -> importer.importFrom(transfer.root)).isInstanceOf(ContentImportException.class)
                .hasMessageContaining("ownership changes only by a site admin's transfer");
        assertThat(Document.count("contentKey in ?1", List.of("test-typo", "test-foreign"))).isZero();
    }

    @Test
    void withdrawalKeepsAPageWithTheReasonAndRemovalAnswersGone() {
        TestContent content = TestContent.copyOfRepository()
                .write("documents/zcwj/test-withdraw.md", TestContent.document("test-withdraw", "将被撤回的通知", "", "正文。"))
                .write("documents/zcwj/test-remove.md", TestContent.document("test-remove", "误发的通知", "", "正文。"));
        importer.importFrom(content.root);
        long withdrawn = idOf("test-withdraw");
        long removed = idOf("test-remove");

        content.replace("documents/zcwj/test-withdraw.md", "---\n\n", "status: withdrawn\nstatusReason: 该通知已被新文件替代\n---\n\n")
                .replace("documents/zcwj/test-remove.md", "---\n\n", "status: removed\nstatusReason: 误发，与本单位职责无关\n---\n\n");
        importer.importFrom(content.root);

        given().get("/documents/" + withdrawn).then().statusCode(200)
                .body(containsString("本信息已撤回"), containsString("该通知已被新文件替代"));
        // browser walk: the withdrawn notice's 有效性 still read 有效
        assertThat(org.jsoup.Jsoup.parse(given().get("/documents/" + withdrawn).asString()).select("td.validity").text()).isEqualTo("已撤回");
        // a state of its publication, not a validity of the policy (browser walk: 有效性 已撤回)
        assertThat(org.jsoup.Jsoup.parse(given().get("/documents/" + withdrawn).asString()).select("th:has(+ td.validity)").text())
                .isEqualTo("公开状态");
        given().get("/documents/" + removed).then().statusCode(410)
                .body(containsString("本信息已删除"), containsString("误发，与本单位职责无关"));
        given().get("/api/v1/documents/" + removed).then().statusCode(410)
                .contentType("application/problem+json").body("status", org.hamcrest.Matchers.is(410));
        List<Integer> listed = given().get("/api/v1/documents?channel=zcwj&size=100").then().statusCode(200)
                .extract().jsonPath().getList("results.id");
        assertThat(listed).doesNotContain((int) withdrawn, (int) removed);
    }

    static long idOf(String contentKey) {
        return Document.<Document>find("contentKey", contentKey).firstResult().id;
    }
}
