package org.zwgk.portal.attachments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Zip containers are looked into within limits: entries, bytes unpacked, compression ratio. */
class FileSnifferTest {

    @TempDir
    Path dir;

    interface Entries {
        void write(ZipOutputStream zip) throws IOException;
    }

    Path zip(String name, Entries entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entries.write(zip);
        }
        return file;
    }

    static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
    }

    static byte[] text(int bytes) {
        StringBuilder s = new StringBuilder();
        Random random = new Random(bytes);
        while (s.length() < bytes) {
            s.append("<w:t>").append(random.nextInt(100_000)).append("</w:t>\n");
        }
        return s.substring(0, bytes).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void officeAndOfdFilesAreToldByTheirEntries() throws Exception {
        Path docx = zip("a.docx", z -> {
            entry(z, "[Content_Types].xml", text(200));
            entry(z, "word/document.xml", text(300_000));
        });
        assertThat(FileSniffer.sniff(docx, "a.docx")).contains(FileSniffer.Kind.DOCX);
        assertThat(FileSniffer.sniff(docx, "a.pdf")).isEmpty();
        Path xlsx = zip("b.xlsx", z -> entry(z, "xl/workbook.xml", text(1000)));
        assertThat(FileSniffer.sniff(xlsx, "b.xlsx")).contains(FileSniffer.Kind.XLSX);
        Path ofd = zip("c.ofd", z -> entry(z, "OFD.xml", text(1000)));
        assertThat(FileSniffer.sniff(ofd, "c.ofd")).contains(FileSniffer.Kind.OFD);
        Path plain = zip("d.zip", z -> entry(z, "readme.txt", text(1000)));
        assertThat(FileSniffer.sniff(plain, "d.zip")).contains(FileSniffer.Kind.ZIP);
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path many = zip("many.docx", z -> {
            for (int i = 0; i < 101; i++) {
                entry(z, "word/part" + i + ".xml", text(10));
            }
        });
        FileSniffer.Limits limits = new FileSniffer.Limits(100, 1L << 30, 200, 1L << 20);
        assertThatThrownBy(() -> FileSniffer.sniff(many, "many.docx", limits)).isInstanceOf(FileSniffer.TooComplex.class);
        assertThat(FileSniffer.sniff(many, "many.docx")).contains(FileSniffer.Kind.DOCX);
    }

    @Test
    void tooManyBytesUnpackedAreRefused() throws Exception {
        Path big = zip("big.docx", z -> {
            for (int i = 0; i < 5; i++) {
                entry(z, "word/part" + i + ".xml", text(300_000));
            }
        });
        FileSniffer.Limits limits = new FileSniffer.Limits(100, 1_000_000, 200, 1L << 20);
        assertThatThrownBy(() -> FileSniffer.sniff(big, "big.docx", limits)).isInstanceOf(FileSniffer.TooComplex.class);
    }

    @Test
    void zerosPackedAThousandTimesAreRefusedWithoutUnpackingThem() throws Exception {
        Path zeros = zip("zeros.docx", z -> {
            z.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(chunk);
            }
            entry(z, "word/document.xml", text(100));
        });
        assertThat(Files.size(zeros)).isLessThan(1L << 20);
        assertThatThrownBy(() -> FileSniffer.sniff(zeros, "zeros.docx")).isInstanceOf(FileSniffer.TooComplex.class)
                .hasMessageContaining("ratio");
    }

    @Test
    void aBrokenZipIsNoKnownKind() throws Exception {
        Path broken = dir.resolve("broken.docx");
        Files.write(broken, new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(FileSniffer.sniff(broken, "broken.docx")).isEmpty();
    }
}
