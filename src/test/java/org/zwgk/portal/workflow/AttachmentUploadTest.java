package org.zwgk.portal.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads on a draft: the type is read from the bytes, the size is limited, the checksum is kept. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class AttachmentUploadTest {

    @Inject
    Fixtures fixtures;

    static final byte[] PDF = org.zwgk.portal.TestPdfs.text("Budget 2018: income and expenditure.");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    Response upload(Staff who, long draft, String fileName, byte[] content) {
        return who.given().multiPart("csrf-token", who.csrf()).multiPart("lockVersion", String.valueOf(fixtures.lockVersion(draft)))
                .multiPart(new MultiPartSpecBuilder("附件标题").controlName("title").charset(StandardCharsets.UTF_8).build())
                .multiPart(new MultiPartSpecBuilder(content).controlName("file").fileName(fileName).mimeType("application/octet-stream")
                        .charset(StandardCharsets.UTF_8).build())
                .post("/workbench/drafts/" + draft + "/attachments");
    }

    @Test
    void aPdfIsStoredWithItsChecksumAndPublishedWithTheDocument() throws Exception {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        assertThat(upload(editor, id, "budget-2018.pdf", PDF).statusCode()).isEqualTo(303);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        String page = editor.get("/workbench/drafts/" + id).asString();
        assertThat(page).contains("budget-2018.pdf").contains("PDF 文件").doesNotContain("application/pdf").contains(sha);

        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode()).isEqualTo(303);
        WorkflowTest.approve(Staff.login("czj-reviewer"), id);
        long documentId = fixtures.draftNow(id).document.id;
        String published = io.restassured.RestAssured.get("/documents/" + documentId).asString();
        assertThat(published).contains("附件标题").contains("（PDF 文件，").contains(sha);
    }

    @Test
    void aPhotoIsStoredWithoutWhereAndWithWhatItWasTaken() throws Exception {
        // security audit: pictures kept their EXIF (GPS position, device) on the public site
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        byte[] camera = org.zwgk.portal.attachments.ImageMetadataTest.cameraJpeg();
        assertThat(upload(editor, id, "现场照片.jpg", camera).statusCode()).isEqualTo(303);
        byte[] clean = org.zwgk.portal.attachments.ImageMetadata.stripped(camera, org.zwgk.portal.attachments.FileSniffer.Kind.JPEG);
        String page = editor.get("/workbench/drafts/" + id).asString();
        assertThat(page).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clean)))
                .doesNotContain(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(camera)));
        // a picture cut short is refused, nothing stored
        Response cut = upload(editor, id, "半张.jpg", java.util.Arrays.copyOf(camera, 400));
        assertThat(cut.statusCode()).isEqualTo(400);
        assertThat(cut.asString()).contains("图片文件不完整");
        assertThat(editor.get("/workbench/drafts/" + id).asString()).doesNotContain("半张.jpg");
    }

    @Test
    void aFileARevisionTakesAwayIsNoLongerServedWhileTheOneItKeepsStillIs() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        byte[] list = org.zwgk.portal.TestPdfs.text("List of parties, 2018.");
        assertThat(upload(editor, id, "decision.pdf", PDF).statusCode()).isEqualTo(303);
        assertThat(upload(editor, id, "list.pdf", list).statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode()).isEqualTo(303);
        WorkflowTest.approve(Staff.login("czj-reviewer"), id);
        long documentId = fixtures.draftNow(id).document.id;
        String decision = attachmentLink(documentId, "decision.pdf");
        String removed = attachmentLink(documentId, "list.pdf");
        assertThat(io.restassured.RestAssured.get(removed).statusCode()).isEqualTo(200);

        // a revision takes the list away (say it named people) and keeps the decision
        long revision = WorkflowTest.createdId(editor.post("/workbench/documents/" + documentId + "/revise"));
        long listId = QuarkusTransaction.requiringNew().call(() -> DraftAttachment.<DraftAttachment>list("draft.id", revision).stream()
                .filter(a -> a.file.fileName.equals("list.pdf")).findFirst().orElseThrow().id);
        assertThat(editor.post("/workbench/drafts/" + revision + "/attachments/" + listId + "/delete",
                java.util.Map.of("lockVersion", fixtures.lockVersion(revision))).statusCode()).isEqualTo(303);
        Draft d = fixtures.draftNow(revision);
        assertThat(editor.post("/workbench/drafts/" + revision, java.util.Map.of("lockVersion", d.lockVersion, "type", d.meta.type.name(),
                "title", d.meta.title, "body", d.meta.body, "changeKind", "MINOR", "changeNote", "撤下名单附件")).statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + revision + "/submit", fixtures.form(revision)).statusCode()).isEqualTo(303);
        WorkflowTest.approve(Staff.login("czj-reviewer"), revision);

        assertThat(io.restassured.RestAssured.get(removed).statusCode()).as("the file the revision took away").isEqualTo(404);
        assertThat(io.restassured.RestAssured.get(decision).statusCode()).as("a link to the kept file from before").isEqualTo(200);
        assertThat(io.restassured.RestAssured.get(attachmentLink(documentId, "decision.pdf")).statusCode()).isEqualTo(200);
    }

    @Test
    void aWithdrawnDocumentKeepsItsPageWithTheReasonButNotItsTextFilesOrVersions() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        assertThat(upload(editor, id, "decision.pdf", PDF).statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id)).statusCode()).isEqualTo(303);
        WorkflowTest.approve(Staff.login("czj-reviewer"), id);
        long documentId = fixtures.draftNow(id).document.id;
        String file = attachmentLink(documentId, "decision.pdf");
        String body = fixtures.draftNow(id).meta.body;
        String firstLine = body.strip().lines().findFirst().orElseThrow();
        assertThat(io.restassured.RestAssured.get("/documents/" + documentId).asString()).contains(firstLine);
        assertThat(io.restassured.RestAssured.get("/documents/" + documentId + "/versions/1.0").statusCode()).isEqualTo(200);
        // a cache may keep the file but asks each time: what it kept is confirmed while public, refused once withdrawn
        io.restassured.response.Response served = io.restassured.RestAssured.get(file);
        assertThat(served.getHeader("Cache-Control")).isEqualTo("no-cache");
        String etag = served.getHeader("ETag");
        assertThat(io.restassured.RestAssured.given().header("If-None-Match", etag).get(file).statusCode()).isEqualTo(304);

        // security audit: withdrawn (say for the personal data in it), its text and file were still served
        assertThat(Staff.login("czj-reviewer").post("/workbench/documents/" + documentId + "/withdraw",
                java.util.Map.of("reason", "含有个人信息，撤回")).statusCode()).isEqualTo(303);
        String page = io.restassured.RestAssured.get("/documents/" + documentId).asString();
        assertThat(page).contains("含有个人信息，撤回").contains("不再公开").doesNotContain(firstLine).doesNotContain("decision.pdf");
        assertThat(io.restassured.RestAssured.get(file).statusCode()).isEqualTo(404);
        assertThat(io.restassured.RestAssured.given().header("If-None-Match", etag).get(file).statusCode()).isEqualTo(404);
        // its earlier versions went with its text: their address leads to the page that says why
        io.restassured.response.Response version = io.restassured.RestAssured.given().redirects().follow(false)
                .get("/documents/" + documentId + "/versions/1.0");
        assertThat(version.statusCode()).isEqualTo(303);
        assertThat(io.restassured.RestAssured.get("/documents/" + documentId + "/versions/1.0").asString()).doesNotContain(
                "未找到该信息的这个版本");
        assertThat(io.restassured.RestAssured.get("/api/v1/documents/" + documentId).asString()).doesNotContain(firstLine);
    }

    private static String attachmentLink(long documentId, String fileName) {
        return org.jsoup.Jsoup.parse(io.restassured.RestAssured.get("/documents/" + documentId).asString())
                .select("a[href^=/attachments/]").stream().map(a -> a.attr("href"))
                .filter(h -> h.endsWith("/" + fileName)).findFirst().orElseThrow(() -> new AssertionError("no link to " + fileName));
    }

    @Test
    void theContentDecidesNotTheNameAndAWordFileIsRecognised() throws Exception {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        Response renamed = upload(editor, id, "伪装.pdf", PNG);
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.asString()).contains("扩展名须与文件内容一致");
        Response script = upload(editor, id, "run.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8));
        assertThat(script.statusCode()).isEqualTo(400);

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(upload(editor, id, "说明.docx", docx.toByteArray()).statusCode()).isEqualTo(303);
        assertThat(editor.get("/workbench/drafts/" + id).asString()).contains(".docx，Word 文档，");
        assertThat(fixtures.draftNow(id).lockVersion).as("an upload is an edit: the lock version moved").isGreaterThan(0);
    }

    @Test
    void anOversizedFileIsRefused() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Response r = upload(editor, id, "大文件.pdf", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(editor.get("/workbench/drafts/" + id).asString()).doesNotContain("大文件.pdf");
    }

    @Test
    void onlyTheOwnersEditorsUpload() {
        long id = fixtures.draft("czj-editor", "czyjs");
        assertThat(upload(Staff.login("szfb-editor"), id, "a.pdf", PDF).statusCode())
                .as("another organization's draft is not found, like none").isEqualTo(404);
        assertThat(upload(Staff.login("czj-reviewer"), id, "a.pdf", PDF).statusCode()).isEqualTo(403);
    }
}
