package org.zwgk.portal.attachments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.portal.attachments.FileSniffer.Kind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What an uploaded file really is, from its bytes, and whether its name agrees; no Quarkus. */
class FileKindsTest {

    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

    @TempDir
    Path dir;

    Optional<Kind> sniff(byte[] content, String name) throws IOException, FileSniffer.TooComplex {
        Path file = Files.createTempFile(dir, "upload-", ".bin");
        Files.write(file, content);
        return FileSniffer.sniff(file, name);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aProgramRenamedToPdfIsRefused() throws Exception {
        assertThat(sniff(EXE, "通知.pdf")).isEmpty();
        assertThat(sniff("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "附件.pdf")).isEmpty();
        assertThat(sniff(EXE, "setup.exe")).as("programs are not accepted at all").isEmpty();
    }

    @Test
    void aRealPdfIsAPdfOnlyUnderAPdfName() throws Exception {
        assertThat(sniff(PDF, "通知.pdf")).contains(Kind.PDF);
        assertThat(sniff(PDF, "通知.PDF")).as("the extension's case does not matter").contains(Kind.PDF);
        assertThat(sniff(PDF, "通知.exe")).isEmpty();
        assertThat(sniff(PDF, "通知")).as("no extension").isEmpty();
        assertThat(Kind.PDF.mediaType).isEqualTo("application/pdf");
    }

    @Test
    void imagesByTheirSignatures() throws Exception {
        assertThat(sniff(PNG, "图1.png")).contains(Kind.PNG);
        assertThat(sniff(PNG, "图1.jpg")).isEmpty();
        assertThat(sniff(JPEG, "图2.jpeg")).contains(Kind.JPEG);
        assertThat(sniff(JPEG, "图2.jpg")).contains(Kind.JPEG);
    }

    @Test
    void oldOfficeFilesShareOneContainerAndTheNameTellsWordFromExcel() throws Exception {
        assertThat(sniff(OLE, "预算表.xls")).contains(Kind.XLS);
        assertThat(sniff(OLE, "说明.doc")).contains(Kind.DOC);
        assertThat(sniff(OLE, "说明.pdf")).isEmpty();
    }

    @Test
    void zipBasedFormatsAreToldByTheirEntries() throws Exception {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertThat(sniff(docx, "方案.docx")).contains(Kind.DOCX);
        assertThat(sniff(docx, "方案.xlsx")).isEmpty();
        assertThat(sniff(zip("[Content_Types].xml", "xl/workbook.xml"), "表.xlsx")).contains(Kind.XLSX);
        assertThat(sniff(zip("OFD.xml", "Doc_0/Document.xml"), "公文.ofd")).contains(Kind.OFD);
        assertThat(sniff(zip("说明.txt"), "材料.zip")).contains(Kind.ZIP);
        assertThat(sniff(zip("说明.txt"), "材料.docx")).as("a plain zip named .docx").isEmpty();
    }

    @Test
    void emptyAndBrokenFilesAreNothing() throws Exception {
        assertThat(sniff(new byte[0], "空.pdf")).isEmpty();
        assertThat(sniff(new byte[]{'%', 'P'}, "短.pdf")).isEmpty();
        assertThat(sniff(new byte[]{'P', 'K', 3, 4, 1, 2, 3}, "坏.docx")).as("a cut-off zip is no Word file").isEmpty();
    }
}
