package org.zwgk.portal.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zip containers (docx, xlsx, ofd are zips) on upload: the permission is checked before a byte is
 * looked at, and looking inside is bounded, so nested zeros cost little and answer 400, never 500.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class ZipUploadTest {

    @Inject
    Fixtures fixtures;

    /** A "Word file" that is mostly zeros: 256 MB in one entry and 64 MB more in a zip inside, deflated. */
    static final byte[] BOMB = nestedZeros();

    static byte[] nestedZeros() {
        try {
            ByteArrayOutputStream inner = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(inner)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry("zeros.bin"));
                writeZeros(zip, 64L << 20);
            }
            ByteArrayOutputStream outer = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(outer)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("zeros.bin"));
                writeZeros(zip, 256L << 20);
                zip.putNextEntry(new ZipEntry("nested/inner.zip"));
                zip.write(inner.toByteArray());
                // the entry that names it a Word file comes last, after everything has been unpacked
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            }
            return outer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeZeros(ZipOutputStream zip, long n) throws IOException {
        byte[] chunk = new byte[1 << 20];
        for (long written = 0; written < n; written += chunk.length) {
            zip.write(chunk);
        }
    }

    Response upload(Staff who, long draft, String fileName, byte[] content) {
        return who.given().multiPart("csrf-token", who.csrf()).multiPart("lockVersion", String.valueOf(fixtures.lockVersion(draft)))
                .multiPart(new MultiPartSpecBuilder(content).controlName("file").fileName(fileName).mimeType("application/octet-stream")
                        .charset(StandardCharsets.UTF_8).build())
                .post("/workbench/drafts/" + draft + "/attachments");
    }

    @Test
    void someoneWhoMayNotEditTheDraftIsRefusedBeforeTheFileIsLookedAt() {
        long id = fixtures.draft("czj-editor", "czyjs");
        // sees the draft (it moves drafts between organizations), may not write in it
        Staff siteAdmin = Staff.login("site-admin");
        long audit = fixtures.auditCount();
        assertThat(upload(siteAdmin, id, "bomb.docx", BOMB).statusCode()).isEqualTo(403);
        // a file whose name and content disagree: the sniffer would say 400, the permission check comes first
        assertThat(upload(siteAdmin, id, "bomb.pdf", BOMB).statusCode()).isEqualTo(403);
        assertThat(upload(siteAdmin, id, "script.pdf", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
        assertThat(fixtures.auditCount()).isEqualTo(audit);
    }

    @Test
    void nestedZerosFromTheEditorAreRefusedWithAClearMessage() {
        long id = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        long version = fixtures.lockVersion(id);
        Response r = upload(editor, id, "bomb.docx", BOMB);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).contains("压缩文件");
        assertThat(fixtures.lockVersion(id)).as("nothing saved").isEqualTo(version);
        assertThat(editor.get("/workbench/drafts/" + id).asString()).doesNotContain("bomb.docx");

        // several at once: each a 400, none a 500
        List<CompletableFuture<Integer>> parallel = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> upload(editor, id, "bomb" + i + ".docx", BOMB).statusCode()))
                .toList();
        assertThat(parallel.stream().map(CompletableFuture::join).toList()).containsOnly(400);
    }
}
