package org.zwgk.portal.privacy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reading an attachment may cost the site (security audit: a 5 MB OFD unpacking to 250 MB of elements
 * held gigabytes, and every view of its draft started another read while both readers were busy, so other
 * organizations' approvals stalled). In Quarkus for the messages' bundle only: each reader here is its own.
 */
@io.quarkus.test.junit.QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class FileTextTest {

    private static final String ID = "320583199001011234";

    @Test
    void anOfdIsReadAsAStreamAndOneThatUnpacksBeyondTheLimitIsLeftToAPerson() throws Exception {
        FileText reader = new FileText(new FileText.Limits(1L << 20, 500, 2_000_000, 10_000, 2_000));
        Path dir = Files.createTempDirectory("file-text");
        FileText.Result small = reader.read(Files.write(dir.resolve("small.ofd"), ofd(2, 1_000)), "application/ofd", "small.ofd");
        assertThat(small.readable()).isTrue();
        assertThat(small.text()).contains("身份证号码：" + ID + "（第1页）").contains("（第2页）");

        // three pages of 600 KB of elements each: 1.8 MB of content XML against a limit of 1 MB
        FileText.Result big = reader.read(Files.write(dir.resolve("big.ofd"), ofd(3, 100_000)), "application/ofd", "big.ofd");
        assertThat(big.readable()).isFalse();
        assertThat(big.retry()).as("a final answer: asking again reads nothing more").isFalse();
        assertThat(big.problem()).contains("附件解压后的内容超过 1 MB").contains("请人工核对");
    }

    @Test
    void aFileBeingReadIsReadOnceHoweverOftenItsPageIsViewedAndWhatWasReadLateIsKept() throws Exception {
        // 40 MB of content XML cannot be read within 20 ms: every ask runs out of time while the read goes on
        FileText reader = new FileText(new FileText.Limits(50L << 20, 500, 2_000_000, 20, 2_000));
        Path file = Files.write(Files.createTempDirectory("file-text").resolve("slow.ofd"), ofd(8, 850_000));
        for (int i = 0; i < 3; i++) {
            FileText.Result asked = reader.read(file, "application/ofd", "slow.ofd");
            assertThat(asked.retry()).isTrue();
            assertThat(asked.problem()).contains("秒内未能读完");
        }
        FileText.Result read = null;
        for (int i = 0; i < 600 && (read == null || read.retry()); i++) {
            Thread.sleep(100);
            read = reader.read(file, "application/ofd", "slow.ofd");
        }
        assertThat(read.readable()).isTrue();
        assertThat(read.text()).contains(ID + "（第8页）");
        assertThat(reader.readsStarted()).as("one read, however often asked").isEqualTo(1);
    }

    /** An OFD of {@code pages} pages, each with a TextCode holding an ID number and {@code filler} empty elements. */
    static byte[] ofd(int pages, int filler) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            for (int p = 1; p <= pages; p++) {
                zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_" + p + "/Content.xml"));
                StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                        + "<ofd:Content><ofd:Layer><ofd:TextObject ID=\"1\"><ofd:TextCode X=\"0\" Y=\"0\">身份证号码：" + ID + "（第" + p
                        + "页）</ofd:TextCode></ofd:TextObject>");
                xml.append("<a/>".repeat(filler));
                xml.append("</ofd:Layer></ofd:Content></ofd:Page>");
                zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
