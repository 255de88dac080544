package org.zwgk.portal.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.attachments.NewAttachment;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentService;
import org.zwgk.portal.workflow.DraftStatus;
import org.zwgk.portal.workflow.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data in attachments: the text of a PDF and a .docx (made here with PDFBox and POI) passes
 * the same detectors as the body. The workbench shows the hits per attachment, the last approval is
 * refused while an ID number in a file is undecided (the file is published as uploaded, so only a
 * redacted replacement or "not personal" clears it), and the scan names the attachment.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class PrivacyAttachmentTest {

    static final String ID = "320583198001011238";

    @Inject
    Fixtures fixtures;

    @Inject
    PrivacyScan scan;

    @Inject
    DocumentService documents;

    @Inject
    AttachmentStore store;

    static byte[] pdf(String line) {
        return org.zwgk.portal.TestPdfs.text(line);
    }

    static byte[] encryptedPdf(String line) throws Exception {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(line)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] ofd(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_0/Content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer>"
                    + "<ofd:TextObject ID=\"1\"><ofd:TextCode X=\"0\" Y=\"0\">" + text + "</ofd:TextCode></ofd:TextObject>"
                    + "</ofd:Layer></ofd:Content></ofd:Page>").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    Response upload(Staff who, long draft, String title, String fileName, byte[] content) {
        return who.given().multiPart("csrf-token", who.csrf()).multiPart("lockVersion", String.valueOf(fixtures.lockVersion(draft)))
                .multiPart(new MultiPartSpecBuilder(title).controlName("title").charset(StandardCharsets.UTF_8).build())
                .multiPart(new MultiPartSpecBuilder(content).controlName("file").fileName(fileName).mimeType("application/octet-stream")
                        .charset(StandardCharsets.UTF_8).build())
                .post("/workbench/drafts/" + draft + "/attachments");
    }

    static String fileKey(String page, String value) {
        return Jsoup.parse(page).select("#privacy-hits tr.privacy-hit").stream()
                .filter(tr -> tr.select("td").get(1).select("mark").text().equals(value)).map(tr -> tr.attr("data-key"))
                .findFirst().orElseThrow(() -> new AssertionError("no hit for " + value));
    }

    @Test
    void aPdfWithAnIdNumberIsShownAndBlocksPublicationUntilReplacedByARedactedOne() throws Exception {
        Staff editor = Staff.login("czj-editor");
        long id = fixtures.draft("czj-editor", "czyjs");
        assertThat(upload(editor, id, "处罚决定书原件", "decision.pdf", pdf("Party ID: " + ID + ", fined 2000 yuan.")).statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);

        String editorPage = editor.get("/workbench/drafts/" + id).asString();
        assertThat(Jsoup.parse(editorPage).select("#privacy-files").text()).contains("附件《处罚决定书原件》：发现 1 处");
        assertThat(Jsoup.parse(editorPage).select("#privacy-hits").text()).contains(ID).contains("附件《处罚决定书原件》").contains("高风险")
                .as("the words around it in the file").contains("Party ID:");

        Staff reviewer = Staff.login("czj-reviewer");
        Response refused = reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("还有 1 处身份证号码或银行卡号未经审核");
        String reviewerPage = reviewer.get("/workbench/drafts/" + id).asString();
        assertThat(Jsoup.parse(reviewerPage).select("#privacy-hits").text()).contains(ID);
        // browser walk: told only after confirming 最后一级审核; said beside the button before
        assertThat(Jsoup.parse(reviewerPage).select("#review #approve-blocked").text()).contains("还有 1 处身份证号码或银行卡号未经审核");
        Response maskRefused = reviewer.post("/workbench/drafts/" + id + "/privacy",
                Map.of("lockVersion", fixtures.lockVersion(id), "key", fileKey(reviewerPage, ID), "decision", "MASK"));
        assertThat(maskRefused.statusCode()).as("a file cannot be masked by a decision").isEqualTo(400);
        assertThat(maskRefused.asString()).contains("请上传遮蔽后的附件");

        // back to the editor, who replaces the file with a redacted one
        assertThat(reviewer.post("/workbench/drafts/" + id + "/return", Map.of("lockVersion", fixtures.lockVersion(id),
                "comment", "附件含身份证号码，请上传遮蔽后的附件")).statusCode()).isEqualTo(303);
        long attachmentId = QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.workflow.DraftAttachment
                .<org.zwgk.portal.workflow.DraftAttachment>list("draft.id", id).get(0).id);
        assertThat(editor.post("/workbench/drafts/" + id + "/attachments/" + attachmentId + "/delete",
                Map.of("lockVersion", fixtures.lockVersion(id))).statusCode()).isEqualTo(303);
        assertThat(upload(editor, id, "处罚决定书（已遮蔽）", "decision-redacted.pdf", pdf("Party ID: 320583********1238, fined 2000 yuan."))
                .statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(editor.get("/workbench/drafts/" + id).asString()).select("#privacy-files").text())
                .contains("附件《处罚决定书（已遮蔽）》：未发现");
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .isEqualTo(303);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.PUBLISHED);
    }

    @Test
    void aDocxWithAnIdNumberPublishesOnceAReviewerSaysWhyItIsNotPersonal() throws Exception {
        Staff editor = Staff.login("czj-editor");
        long id = fixtures.draft("czj-editor", "czyjs");
        assertThat(upload(editor, id, "样表", "form.docx", docx("填写示例：公民身份号码 " + ID + "（国家标准 GB 11643 示例号码）")).statusCode())
                .isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .isEqualTo(409);
        String page = reviewer.get("/workbench/drafts/" + id).asString();
        assertThat(Jsoup.parse(page).select("#privacy-files").text()).contains("附件《样表》：发现 1 处");
        assertThat(reviewer.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", fixtures.lockVersion(id),
                "key", fileKey(page, ID), "decision", "NOT_PERSONAL", "reason", "国家标准中的示例号码")).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .isEqualTo(303);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.PUBLISHED);
    }

    /** A scanned letter: the text drawn in Noto Sans CJK (test-services.sh installs it), as a photo or scanner gives it. */
    static byte[] scan(String... lines) throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1000, 80 + 70 * lines.length, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font("Noto Sans CJK SC", java.awt.Font.PLAIN, 32));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 30, 80 + 70 * i);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A PNG that is only a header: its signature, an IHDR of this size and IEND. */
    static byte[] pngHeader(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type.getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] oldWordLetter() throws Exception {
        try (java.io.InputStream in = PrivacyAttachmentTest.class.getResourceAsStream("/privacy/letter.doc")) {
            return in.readAllBytes();
        }
    }

    @Test
    void anOldWordFileAndAScannedImageAreReadAndTheirIdNumbersBlockPublication() throws Exception {
        Staff editor = Staff.login("czj-editor");
        long id = fixtures.draft("czj-editor", "czyjs");
        assertThat(upload(editor, id, "来信原件", "letter.doc", oldWordLetter()).statusCode()).isEqualTo(303);
        assertThat(upload(editor, id, "来信扫描件", "scan.png", scan("来信人身份证号码：" + ID, "联系电话：13812345678")).statusCode())
                .isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);

        String page = editor.get("/workbench/drafts/" + id).asString();
        assertThat(Jsoup.parse(page).select("#privacy-files").text())
                .contains("附件《来信原件》：发现 2 处").contains("附件《来信扫描件》：发现 2 处");
        assertThat(Jsoup.parse(page).select("#privacy-hits").text()).contains(ID).contains("13812345678")
                .contains("附件《来信原件》").contains("附件《来信扫描件》").contains("身份证号码");
        Response refused = Staff.login("czj-reviewer").post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("还有 2 处身份证号码或银行卡号未经审核");
    }

    @Test
    void aFileWhoseReadingRunsOutOfTimeIsNotPublishedUnreadAndIsReadAgainLater() throws Exception {
        Staff editor = Staff.login("czj-editor");
        long id = fixtures.draft("czj-editor", "czyjs");
        assertThat(upload(editor, id, "来信扫描件（慢）", "slow.png", scan("来信人身份证号码：" + ID, "（慢）")).statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        // the same reader with an OCR program that takes longer than the limit, as when both readers are busy
        Path dir = Files.createTempDirectory("privacy-slow");
        Path slow = Files.writeString(dir.resolve("slow-ocr"), "#!/bin/sh\nsleep 5\nexec tesseract \"$@\"\n");
        slow.toFile().setExecutable(true);
        FileText busy = new FileText(new FileText.Limits(50L << 20, 500, 2_000_000, 500, 2_000), new FileText.Ocr(slow.toString(), "chi_sim+eng"));
        io.quarkus.test.junit.QuarkusMock.installMockForType(busy, FileText.class);
        Staff reviewer = Staff.login("czj-reviewer");
        Response waits = reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(waits.statusCode()).isEqualTo(409);
        assertThat(waits.asString()).contains("附件《来信扫描件（慢）》的文字暂未读完");
        assertThat(fixtures.draftNow(id).status).isNotEqualTo(DraftStatus.PUBLISHED);

        io.quarkus.test.junit.QuarkusMock.installMockForType(new FileText(FileText.Limits.DEFAULT), FileText.class);
        Response refused = reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(refused.statusCode()).as("read this time: the ID number holds it").isEqualTo(409);
        assertThat(refused.asString()).contains("还有 1 处身份证号码或银行卡号未经审核");
    }

    @Test
    void anAttachmentTheCheckCannotReadIsPublishedOnlyOnceTheLastReviewerSaysTheyLookedThroughIt() throws Exception {
        // browser walk: a damaged PDF went out through every level with 未能读取其中的文字 and nobody asked
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        long id = fixtures.draft("czj-editor", "czyjs");
        assertThat(upload(editor, id, "会议纪要扫描件", "minutes.pdf", "%PDF-1.4\n%damaged beyond reading\n".getBytes(StandardCharsets.US_ASCII))
                .statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        org.jsoup.nodes.Document page = Jsoup.parse(reviewer.get("/workbench/drafts/" + id).asString());
        assertThat(page.select("#review label.attachments-checked").text()).contains("已人工核对附件《会议纪要扫描件》");
        // browser walk: 审核通过 asked "立即公开发布？" first and only then was refused for the unticked box
        assertThat(page.select("#review input#attachmentsChecked").hasAttr("required")).as("the browser refuses before the confirm").isTrue();
        Response refused = reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.asString()).text()).contains("附件《会议纪要扫描件》未能自动检查其中的个人信息");
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.workflow.Draft.<org.zwgk.portal.workflow.Draft>findById(id).status.name()))
                .as("not published").isEqualTo("SUBMITTED");
        Response approved = reviewer.post("/workbench/drafts/" + id + "/approve",
                Map.of("lockVersion", fixtures.lockVersion(id), "attachmentsChecked", "true"));
        assertThat(approved.statusCode()).as(approved.asString()).isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.workflow.Draft.<org.zwgk.portal.workflow.Draft>findById(id).status.name()))
                .isEqualTo("PUBLISHED");
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.<org.zwgk.portal.audit.AuditEvent>list(
                "action = ?1 and entityId = ?2", "draft.approve", id).stream().map(e -> String.valueOf(e.detail)).toList()))
                .anySatisfy(detail -> assertThat(detail).contains("已人工核对附件《会议纪要扫描件》"));
        // the scan of published content (another test here) would count it as unread: taken off again
        QuarkusTransaction.requiringNew().run(() -> documents.setAttachments(
                org.zwgk.portal.workflow.Draft.<org.zwgk.portal.workflow.Draft>findById(id).document, List.of(), AuditLog.system("test")));
    }

    @Test
    void aScannedPdfIsNotCheckedNotClean() throws Exception {
        // review: a PDF of page pictures (a scanned 名单) read as no text and was shown as 未发现, published with no tick
        byte[] scanned;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject
                    .createFromByteArray(doc, scan("身份证号 " + ID), "scan.png");
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(image, 36, 600, 540, 60);
            }
            doc.save(out);
            scanned = out.toByteArray();
        }
        Path dir = Files.createTempDirectory("privacy-scanned");
        FileText.Result r = fileText.read(Files.write(dir.resolve("scan.pdf"), scanned), "application/pdf", "scan.pdf");
        assertThat(r.readable()).isFalse();
        assertThat(r.problem()).contains("扫描件");
        assertThat(fileText.read(Files.write(dir.resolve("text.pdf"), pdf("No personal data here, 2018.")), "application/pdf", "text.pdf")
                .readable()).as("a page of text is read").isTrue();
    }

    @Test
    void spreadsheetsAreReadAndAZipIsShownAsNotChecked() throws Exception {
        Path dir = Files.createTempDirectory("privacy-sheets");
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue("身份证号码");
            sheet.createRow(1).createCell(0).setCellValue(ID);
            book.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(fileText.read(Files.write(dir.resolve("list.xlsx"), xlsx), null, "list.xlsx").text()).contains(ID);
        byte[] xls;
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("名单").createRow(0).createCell(0).setCellValue("联系电话13812345678");
            book.write(out);
            xls = out.toByteArray();
        }
        assertThat(fileText.read(Files.write(dir.resolve("list.xls"), xls), "application/vnd.ms-excel", "list.xls").text())
                .contains("13812345678");
        FileText.Result zip = fileText.read(Files.write(dir.resolve("files.zip"), ofd("x")), "application/zip", "files.zip");
        assertThat(zip.readable()).isFalse();
        assertThat(zip.problem()).contains("压缩包");
        assertThat(fileText.read(Files.write(dir.resolve("huge.png"), pngHeader(20_000, 20_000)), "image/png", "huge.png").problem())
                .as("a few bytes declaring 400 megapixels are not decoded").contains("百万像素");
        Path blank = Files.write(dir.resolve("blank.png"), scan());
        assertThat(fileText.read(blank, "image/png", "blank.png").problem()).as("nothing recognized is not clean").contains("未识别出文字");
    }

    @Test
    void whatOcrReadIsKeptOnDiskSoTheNextScanDoesNotReadTheImageAgain() throws Exception {
        Path dir = Files.createTempDirectory("privacy-ocr-kept");
        Path png = Files.write(dir.resolve("3f2a"), scan("身份证号码：" + ID));
        Path kept = dir.resolve("ocr");
        FileText first = new FileText(FileText.Limits.DEFAULT, FileText.Ocr.TESSERACT, kept);
        assertThat(first.read(png, "image/png", "scan.png").text()).contains(ID);
        assertThat(kept.resolve("3f2a.txt")).exists();
        FileText withoutOcr = new FileText(FileText.Limits.DEFAULT, new FileText.Ocr(dir.resolve("no-such-program").toString(), "chi_sim"), kept);
        assertThat(withoutOcr.read(png, "image/png", "scan.png").text()).as("read from disk, not by OCR").contains(ID);
    }

    @Test
    void withoutAnOcrProgramAnImageIsShownAsNotCheckedNotAsClean() throws Exception {
        Path dir = Files.createTempDirectory("privacy-ocr");
        Path png = Files.write(dir.resolve("scan.png"), scan("身份证号码：" + ID));
        FileText noOcr = new FileText(FileText.Limits.DEFAULT, new FileText.Ocr(dir.resolve("no-such-program").toString(), "chi_sim"));
        FileText.Result r = noOcr.read(png, "image/png", "scan.png");
        assertThat(r.readable()).isFalse();
        assertThat(r.problem()).contains("未安装文字识别").contains("人工核对");
        assertThat(fileText.read(png, "image/png", "scan.png").text()).contains(ID);
    }

    @Test
    void unreadableFilesGiveAMessageNotAnError() throws Exception {
        Staff editor = Staff.login("czj-editor");
        long id = fixtures.draft("czj-editor", "czyjs");
        assertThat(upload(editor, id, "加密文件", "secret.pdf", encryptedPdf("ID " + ID)).statusCode()).isEqualTo(303);
        assertThat(upload(editor, id, "损坏文件", "broken.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
                .statusCode()).isEqualTo(303);
        Response page = editor.get("/workbench/drafts/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String files = Jsoup.parse(page.asString()).select("#privacy-files").text();
        assertThat(files).contains("附件《加密文件》：附件已加密").contains("附件《损坏文件》：");
    }

    @Test
    void theScanReportsAnIdNumberInAPublishedAttachmentByDocumentAndAttachment() throws Exception {
        long doc = fixtures.published("czyjs", "正文没有个人信息。");
        assertThat(scanLines()).as("clean before").isEmpty();
        Path dir = Files.createTempDirectory("privacy-attachments");
        Path withId = Files.write(dir.resolve("list.docx"), docx("申请人：张三，身份证号码" + ID + "。"));
        Path ofd = Files.write(dir.resolve("notice.ofd"), ofd("联系电话13812345678"));
        Path clean = Files.write(dir.resolve("clean.pdf"), pdf("No personal data here, 2018."));
        Path letter = Files.write(dir.resolve("letter.doc"), oldWordLetter());
        Path photo = Files.write(dir.resolve("photo.png"), scan("收款账号：6222021100001234563"));
        Path locked = Files.write(dir.resolve("locked.pdf"), encryptedPdf("ID " + ID));
        // written around the workflow (as an older database would hold it)
        QuarkusTransaction.requiringNew().run(() -> documents.setAttachments(Document.findById(doc), List.of(
                new NewAttachment("名单", "list.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", withId),
                new NewAttachment("通知", "notice.ofd", "application/ofd", ofd),
                new NewAttachment("来信", "letter.doc", "application/msword", letter),
                new NewAttachment("照片", "photo.png", "image/png", photo),
                new NewAttachment("加密", "locked.pdf", "application/pdf", locked),
                new NewAttachment("说明", "clean.pdf", "application/pdf", clean)), AuditLog.system("test")));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = scan.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed.lines()).anySatisfy(l -> assertThat(l).contains("attachment-text:来信 (letter.doc)\tRESIDENT_ID\t320583********1238"));
            assertThat(printed.lines()).anySatisfy(l -> assertThat(l).contains("attachment-text:照片 (photo.png)\tBANK_CARD\t"));
            assertThat(err.toString(StandardCharsets.UTF_8)).as("a file it could not read is named, not passed as clean")
                    .contains("not checked\tdocument:" + doc).contains("加密 (locked.pdf)\t附件已加密")
                    .contains("1 attachment(s) could not be read");
            assertThat(status).isEqualTo(1);
            assertThat(printed.lines()).anySatisfy(l -> assertThat(l).startsWith("document:" + doc + "\t")
                    .contains("attachment-text:名单 (list.docx)\tRESIDENT_ID\t320583********1238"));
            assertThat(printed.lines()).anySatisfy(l -> assertThat(l).contains("attachment-text:通知 (notice.ofd)\tMOBILE\t138****5678"));
            assertThat(printed).doesNotContain("clean.pdf").doesNotContain(ID);
            String adminPage = ScanPage.fresh(Staff.login("site-admin"));
            assertThat(adminPage).contains("附件《名单 (list.docx)》").contains("320583********1238").doesNotContain(ID);
            assertThat(Jsoup.parse(adminPage).select("#scan-unread").text()).contains("附件《加密 (locked.pdf)》").contains("附件已加密");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> documents.setAttachments(Document.findById(doc), List.of(
                    new NewAttachment("说明", "clean.pdf", "application/pdf", clean)), AuditLog.system("test")));
        }
        assertThat(scanLines()).as("a clean attachment passes").isEmpty();
    }

    @Test
    void aWithdrawnDocumentsFilesAndTextAreNotListedAsPublished() throws Exception {
        // browser walk: a withdrawn document's file was listed under 已公开附件未能读取文字 while it answered 404
        long doc = fixtures.published("czyjs", "正文没有个人信息。");
        Path dir = Files.createTempDirectory("privacy-withdrawn");
        Path locked = Files.write(dir.resolve("sealed.pdf"), encryptedPdf("ID " + ID));
        Path withId = Files.write(dir.resolve("names.docx"), docx("申请人身份证号码" + ID + "。"));
        QuarkusTransaction.requiringNew().run(() -> documents.setAttachments(Document.findById(doc), List.of(
                new NewAttachment("密封", "sealed.pdf", "application/pdf", locked),
                new NewAttachment("名册", "names.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", withId)),
                AuditLog.system("test")));
        long attachment = QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.documents.Attachment
                .of(Document.findById(doc)).get(0).id);
        QuarkusTransaction.requiringNew().run(() -> documents.withdraw(Document.findById(doc), "内容已过时", AuditLog.system("test")));
        try {
            assertThat(io.restassured.RestAssured.get("/attachments/" + attachment + "/sealed.pdf").statusCode())
                    .as("the file is no longer public").isEqualTo(404);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            scan.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8).lines()).as("nothing of its files is public")
                    .noneMatch(l -> l.startsWith("document:" + doc + "\t"));
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("document:" + doc).doesNotContain("sealed.pdf");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> documents.remove(Document.findById(doc), "测试结束", AuditLog.system("test")));
        }
    }

    @Inject
    FileText fileText;

    @Test
    void aFilesAuthorAndTitleAreReadWithItsText() throws Exception {
        // security audit: a PDF's Author held a phone and an ID number and was reported 未发现
        Path dir = Files.createTempDirectory("privacy-properties");
        byte[] pdf;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf("Notice")); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setAuthor("13911115558 " + ID);
            doc.save(out);
            pdf = out.toByteArray();
        }
        FileText.Result fromPdf = fileText.read(Files.write(dir.resolve("meta.pdf"), pdf), "application/pdf", "meta.pdf");
        assertThat(fromPdf.text()).contains("13911115558", ID, "Notice");
        byte[] word;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("正文");
            doc.getProperties().getCoreProperties().setCreator("王五 13911115559");
            doc.write(out);
            word = out.toByteArray();
        }
        FileText.Result fromDocx = fileText.read(Files.write(dir.resolve("meta.docx"), word),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "meta.docx");
        assertThat(fromDocx.text()).contains("13911115559", "正文");
    }

    @Test
    void readingIsBoundedAndTheOfdParserReadsNoExternalEntities() throws Exception {
        Path dir = Files.createTempDirectory("privacy-limits");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-320583198001011238");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_0/Content.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                    + "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:TextCode>&x;</ofd:TextCode></ofd:Page>").getBytes(StandardCharsets.UTF_8));
        }
        Path xxe = Files.write(dir.resolve("xxe.ofd"), bytes.toByteArray());
        FileText.Result r = fileText.read(xxe, "application/ofd", "xxe.ofd");
        assertThat(r.readable()).isFalse();
        assertThat(r.text()).doesNotContain("TOP-SECRET");
        assertThat(r.problem()).contains("已损坏或格式无法识别");

        assertThat(fileText.read(Files.write(dir.resolve("a.ofd"), ofd("手机13812345678")), "application/ofd", "a.ofd").text())
                .contains("13812345678");
        assertThat(fileText.read(Files.write(dir.resolve("broken.doc"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
                "application/msword", "broken.doc").problem()).contains("已损坏或格式无法识别");
        assertThat(fileText.read(Files.write(dir.resolve("letter.doc"), oldWordLetter()), "application/msword", "letter.doc").text())
                .contains("来信人身份证号码：" + ID).contains("13812345678");

        FileText small = new FileText(new FileText.Limits(100_000, 1, 40, 10_000, 100));
        byte[] twoPages = org.zwgk.portal.TestPdfs.pages("first page", "second page " + ID);
        FileText.Result firstPage = small.read(Files.write(dir.resolve("two.pdf"), twoPages), "application/pdf", "two.pdf");
        assertThat(firstPage.truncated()).isTrue();
        assertThat(firstPage.text()).contains("first page").doesNotContain("second");
        FileText.Result cut = small.read(Files.write(dir.resolve("long.docx"), docx("很长的文字".repeat(50))), null, "long.docx");
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.text()).hasSize(40);
        FileText tiny = new FileText(new FileText.Limits(1_000, 1, 40, 10_000, 100));
        assertThat(tiny.read(dir.resolve("two.pdf"), "application/pdf", "two.pdf").problem()).contains("附件超过");
    }

    List<String> scanLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scan.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
