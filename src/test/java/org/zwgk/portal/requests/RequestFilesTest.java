package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.audit.AuditEvent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files attached to an answer: uploaded through the workbench page (with the CSRF token), checked
 * by their content, downloaded by the applicant only with code and secret, never by anyone else.
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class RequestFilesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Pattern FILE_FORM = Pattern.compile("action=\"/ysqgk/status/files/(\\d+)\"");

    @Inject
    RequestFixtures fixtures;
    @Inject
    AttachmentStore store;

    static Response upload(Staff who, long id, String title, String fileName, byte[] content, boolean csrf) {
        var spec = who.given();
        if (csrf) {
            spec = spec.multiPart("csrf-token", who.csrf());
        }
        return spec.multiPart(new MultiPartSpecBuilder(title).controlName("title").charset(StandardCharsets.UTF_8).build())
                .multiPart(new MultiPartSpecBuilder(content).controlName("file").fileName(fileName)
                        .mimeType("application/pdf").charset(StandardCharsets.UTF_8).build())
                .redirects().follow(false).post("/workbench/requests/" + id + "/files");
    }

    static Response download(Staff who, String code, String secret, long fileId) {
        return who.given().contentType(Staff.FORM).formParam("csrf-token", who.csrf()).formParam("code", code)
                .formParam("secret", secret).post("/ysqgk/status/files/" + fileId);
    }

    static long files(long requestId) {
        return QuarkusTransaction.requiringNew().call(() -> RequestFile.count("request.id", requestId));
    }

    static long audited(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", action));
    }

    @Test
    void whoeverChangedTheAnswersFilesDoesNotIssueIt() {
        // security audit: a reviewer attached a file to another's drafted answer and issued it alone
        long id = fixtures.proposedReceipt("szfb").id();
        Staff first = Staff.login("szfb-reviewer1");
        assertThat(upload(first, id, "第三方名单", "list.pdf", PDF, true).statusCode()).isEqualTo(303);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(first.get("/workbench/requests/" + id).asString());
        assertThat(page.select("#issue")).as("no 签发 offered").isEmpty();
        assertThat(page.select("#proposal-file-editors").text()).contains("szfb-reviewer1", "不能签发");
        Response refused = first.post("/workbench/requests/" + id + "/issue", java.util.Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("附件");
        // taking a file off is as much a change of what is released
        Staff second = Staff.login("szfb-reviewer2");
        long fileId = QuarkusTransaction.requiringNew().call(() -> RequestFile.<RequestFile>find("request.id", id).firstResult().id);
        assertThat(second.post("/workbench/requests/" + id + "/files/" + fileId + "/remove", java.util.Map.of("reason", "含第三方身份证号"))
                .statusCode()).isEqualTo(303);
        assertThat(second.post("/workbench/requests/" + id + "/issue", java.util.Map.of("lockVersion", fixtures.lockVersion(id)))
                .statusCode()).isEqualTo(403);
        assertThat(fixtures.now(id).answerType).as("nothing issued").isNull();
        assertThat(Staff.login("szfb-reviewer3").post("/workbench/requests/" + id + "/issue",
                java.util.Map.of("lockVersion", fixtures.lockVersion(id))).statusCode()).isEqualTo(303);
        assertThat(fixtures.now(id).answerIssuedBy).isEqualTo("szfb-reviewer3");
    }

    @Test
    void theApplicantDownloadsWhatTheOrganizationAttached() {
        RequestService.Receipt receipt = fixtures.proposedReceipt("szfb");
        long id = receipt.id();
        Staff editor = Staff.login("szfb-editor");
        long uploadsBefore = audited("request.file.add");

        // without the CSRF token nothing is taken
        assertThat(upload(editor, id, "会议纪要", "纪要.pdf", PDF, false).statusCode()).isEqualTo(400);
        assertThat(files(id)).isZero();

        Response up = upload(editor, id, "2018年第3次常务会议纪要", "minutes 2018.pdf", PDF, true);
        assertThat(up.statusCode()).as(up.asString()).isEqualTo(303);
        assertThat(files(id)).isEqualTo(1);
        assertThat(audited("request.file.add")).isEqualTo(uploadsBefore + 1);
        String detail = editor.get("/workbench/requests/" + id).asString();
        assertThat(detail).contains("2018年第3次常务会议纪要", "minutes 2018.pdf");
        // browser walk: the notice said the applicant could download it already, before 签发
        assertThat(up.header("Location")).contains("done=files");
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id + "?done=files").asString()).select("#done").text())
                .contains("答复签发后申请人可凭查询码和查询密码下载");
        // the reviewer issuing the answer is told what goes with it
        org.jsoup.nodes.Document forReviewer = org.jsoup.Jsoup.parse(Staff.login("szfb-reviewer1").get("/workbench/requests/" + id).asString());
        assertThat(forReviewer.select("#proposal-files").text()).contains("1 个");
        // browser walk: 签发 sends the answer at once, so it asks first
        assertThat(forReviewer.select("#issue").attr("data-confirm-submit")).contains("送达申请人");
        assertThat(forReviewer.select("script[src=/js/confirm.js]")).hasSize(1);

        // nothing reaches the applicant before 签发
        Staff visitor = Staff.anonymous();
        assertThat(visitor.post("/ysqgk/status", java.util.Map.of("code", receipt.trackingCode(), "secret", receipt.secret())).asString())
                .doesNotContain("2018年第3次常务会议纪要");
        fixtures.issue("szfb", id);

        // the applicant's status page lists it; the download needs code and secret
        String page = visitor.post("/ysqgk/status", java.util.Map.of("code", receipt.trackingCode(), "secret", receipt.secret())).asString();
        assertThat(page).contains("答复附件", "2018年第3次常务会议纪要");
        Matcher m = FILE_FORM.matcher(page);
        assertThat(m.find()).isTrue();
        long fileId = Long.parseLong(m.group(1));
        assertThat(page).doesNotContain("/attachments/");

        long downloadsBefore = audited("request.file.download");
        Response got = download(visitor, receipt.trackingCode(), receipt.secret(), fileId);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.asByteArray()).isEqualTo(PDF);
        assertThat(got.contentType()).startsWith("application/pdf");
        assertThat(got.getHeader("Cache-Control")).contains("no-store");
        assertThat(got.getHeader("X-Robots-Tag")).contains("noindex");
        assertThat(got.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"minutes_2018.pdf\"; filename*=UTF-8''minutes%202018.pdf");
        assertThat(audited("request.file.download")).isEqualTo(downloadsBefore + 1);

        // a wrong secret, or another request's code and secret, find nothing
        Response wrong = download(visitor, receipt.trackingCode(), "0000000000000000", fileId);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.asString()).contains("查询码或查询密码不正确").doesNotContain("%PDF");
        RequestService.Receipt other = fixtures.answeredReceipt("szfb");
        Response otherCode = download(visitor, other.trackingCode(), other.secret(), fileId);
        assertThat(otherCode.statusCode()).isEqualTo(404);
        assertThat(otherCode.asString()).doesNotContain("%PDF");
        // no address serves it without the secret
        assertThat(visitor.get("/ysqgk/status/files/" + fileId).statusCode()).isIn(404, 405);
        assertThat(audited("request.file.download")).isEqualTo(downloadsBefore + 1);

        // staff of the organization get it from the workbench; others are told it does not exist
        Response staffGot = editor.get("/workbench/requests/" + id + "/files/" + fileId);
        assertThat(staffGot.statusCode()).isEqualTo(200);
        assertThat(staffGot.getHeader("Cache-Control")).contains("no-store");
        for (String outsider : List.of("czj-editor", "site-admin", "auditor")) {
            assertThat(Staff.login(outsider).get("/workbench/requests/" + id + "/files/" + fileId).statusCode()).as(outsider)
                    .isEqualTo(404);
        }
    }

    @Test
    void staffTakeAWrongFileOffTheAnswerUntilItIsArchived() {
        RequestService.Receipt receipt = fixtures.proposedReceipt("szfb");
        long id = receipt.id();
        Staff editor = Staff.login("szfb-editor");
        assertThat(upload(editor, id, "误传的名单", "list.pdf", PDF, true).statusCode()).isEqualTo(303);
        assertThat(upload(editor, id, "会议纪要", "minutes.pdf", PDF, true).statusCode()).isEqualTo(303);
        assertThat(upload(editor, id, "起草时传错的文件", "draft.pdf", PDF, true).statusCode()).isEqualTo(303);
        long draftWrong = QuarkusTransaction.requiringNew().call(() ->
                RequestFile.<RequestFile>list("request.id = ?1 and file.title = ?2", id, "起草时传错的文件").get(0).id);
        // while the answer is drafted, the staff takes a file off
        assertThat(editor.post("/workbench/requests/" + id + "/files/" + draftWrong + "/remove", java.util.Map.of("reason", "传错"))
                .statusCode()).isEqualTo(303);
        fixtures.issue("szfb", id);
        long wrong = QuarkusTransaction.requiringNew().call(() ->
                RequestFile.<RequestFile>list("request.id = ?1 and file.title = ?2", id, "误传的名单").get(0).id);
        String remove = "/workbench/requests/" + id + "/files/" + wrong + "/remove";
        Staff reviewer = Staff.login("szfb-reviewer1");
        assertThat(reviewer.get("/workbench/requests/" + id).asString()).contains("action=\"" + remove + "\"");
        assertThat(editor.get("/workbench/requests/" + id).asString()).as("issued: the reviewer's call").doesNotContain("action=\"" + remove + "\"");

        // no reason: refused, named, nothing removed; another organization's staff: not found; the drafter: not any more
        Response noReason = reviewer.post(remove, java.util.Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("请填写撤下原因");
        assertThat(Staff.login("czj-editor").post(remove, java.util.Map.of("reason", "误传")).statusCode()).isEqualTo(404);
        Response byEditor = editor.post(remove, java.util.Map.of("reason", "误传"));
        assertThat(byEditor.statusCode()).isEqualTo(403);
        assertThat(byEditor.asString()).contains("具有审核权限");
        assertThat(files(id)).isEqualTo(2);

        long removals = audited("request.file.remove");
        Response removed = reviewer.post(remove, java.util.Map.of("reason", "误传，含其他申请人的信息"));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(files(id)).isEqualTo(1);
        assertThat(audited("request.file.remove")).isEqualTo(removals + 1);

        // the applicant no longer sees it nor gets it; the other file stays
        Staff visitor = Staff.anonymous();
        String page = visitor.post("/ysqgk/status", java.util.Map.of("code", receipt.trackingCode(), "secret", receipt.secret())).asString();
        assertThat(page).contains("会议纪要").doesNotContain("误传的名单");
        assertThat(download(visitor, receipt.trackingCode(), receipt.secret(), wrong).statusCode()).isEqualTo(404);

        // once archived, the answer stays as it was released
        long kept = QuarkusTransaction.requiringNew().call(() -> RequestFile.<RequestFile>list("request.id", id).get(0).id);
        assertThat(editor.post("/workbench/requests/" + id + "/archive",
                java.util.Map.of("lockVersion", fixtures.lockVersion(id))).statusCode()).isEqualTo(303);
        Response late = reviewer.post("/workbench/requests/" + id + "/files/" + kept + "/remove", java.util.Map.of("reason", "误传"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.asString()).contains("申请已归档");
        assertThat(files(id)).isEqualTo(1);
    }

    @Test
    void aChineseFileNameIsSafeInTheHeader() {
        assertThat(org.zwgk.portal.attachments.FileDownload.contentDisposition("会议纪要\"; x=1.pdf"))
                .isEqualTo("attachment; filename=\"_______x_1.pdf\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81%22%3B%20x%3D1.pdf");
    }

    @Test
    void anotherOrganizationsStaffCannotAttach() {
        long id = fixtures.proposed("szfb");
        Response r = upload(Staff.login("czj-editor"), id, "附件", "a.pdf", PDF, true);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.asString()).contains("未找到该申请");
        assertThat(files(id)).isZero();
    }

    @Test
    void aWrongFileTypeIsRefusedAndNothingIsSaved() throws Exception {
        long id = fixtures.proposed("szfb");
        Staff editor = Staff.login("szfb-editor");
        byte[] script = "#!/bin/sh\necho pwned-request-file\n".getBytes(StandardCharsets.US_ASCII);
        Response r = upload(editor, id, "伪装的文件", "released.pdf", script, true);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).contains("只能上传 PDF、OFD、Word、Excel、PNG、JPEG 或 ZIP 文件", "伪装的文件");
        assertThat(files(id)).isZero();
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(script));
        assertThat(Files.exists(store.pathOf(sha))).as("the refused bytes are not in the store").isFalse();
    }

    @Test
    void filesGoWithADraftedAnswerAndAreIssuedWithIt() {
        long id = fixtures.registered("szfb");
        Staff editor = Staff.login("szfb-editor");
        Response r = upload(editor, id, "附件", "a.pdf", PDF, true);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.asString()).contains("请先起草答复");
        assertThat(files(id)).isZero();

        // a reviewer who opened the drafted answer before a file was added issues nothing unseen
        fixtures.propose("szfb", id);
        long seen = fixtures.lockVersion(id);
        assertThat(upload(editor, id, "后加的附件", "late.pdf", PDF, true).statusCode()).isEqualTo(303);
        Staff reviewer = Staff.login("szfb-reviewer1");
        assertThat(reviewer.post("/workbench/requests/" + id + "/issue", java.util.Map.of("lockVersion", seen)).statusCode()).isEqualTo(409);
        assertThat(fixtures.now(id).status).isEqualTo(RequestStatus.REGISTERED);

        // security audit: once issued, nobody adds a file the reviewer never saw
        fixtures.issue("szfb", id);
        Response after = upload(editor, id, "未经签发的文件", "b.pdf", PDF, true);
        assertThat(after.statusCode()).isEqualTo(409);
        assertThat(after.asString()).contains("答复已签发");
        assertThat(upload(reviewer, id, "未经签发的文件", "b.pdf", PDF, true).statusCode()).isEqualTo(409);
        assertThat(files(id)).isEqualTo(1);
    }
}
