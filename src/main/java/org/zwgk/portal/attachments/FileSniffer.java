package org.zwgk.portal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file really is, from its bytes: the kinds government attachments come in. The browser's
 * claimed type is ignored, and the name's extension must agree with the content, so a script renamed
 * to .pdf is refused.
 */
public final class FileSniffer {

    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        DOC("application/msword", "doc"),
        XLS("application/vnd.ms-excel", "xls"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        OFD("application/ofd", "ofd"),
        ZIP("application/zip", "zip");

        public final String mediaType;
        final List<String> extensions;

        Kind(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = List.of(extensions);
        }
    }

    private FileSniffer() {
    }

    /** The kind, if the content is one we accept and the file name's extension matches it. */
    public static Optional<Kind> sniff(Path file, String fileName) throws IOException {
        Kind kind = byContent(file);
        if (kind == null) {
            return Optional.empty();
        }
        String ext = fileName == null || fileName.lastIndexOf('.') < 0 ? ""
                : fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean matches = kind.extensions.contains(ext)
                // old Office files share one container format
                || (kind == Kind.DOC && ext.equals("xls")) || (kind == Kind.XLS && ext.equals("doc"));
        return matches ? Optional.of(kind == Kind.DOC && ext.equals("xls") ? Kind.XLS : kind) : Optional.empty();
    }

    private static Kind byContent(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 5 && startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Kind.PDF;
        }
        if (n >= 8 && Arrays.equals(head, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Kind.PNG;
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Kind.JPEG;
        }
        if (n >= 8 && Arrays.equals(head, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Kind.DOC;
        }
        if (n >= 4 && startsWith(head, 'P', 'K', 3, 4)) {
            return zipKind(file);
        }
        return null;
    }

    /** Office Open XML and OFD are zip files; which one is told by the entries inside. */
    private static Kind zipKind(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 200) {
                String name = e.getName();
                if (name.startsWith("word/")) {
                    return Kind.DOCX;
                }
                if (name.startsWith("xl/")) {
                    return Kind.XLSX;
                }
                if (name.equalsIgnoreCase("OFD.xml")) {
                    return Kind.OFD;
                }
            }
            return Kind.ZIP;
        } catch (IOException | IllegalArgumentException broken) {
            return null;
        }
    }

    private static boolean startsWith(byte[] head, int... expected) {
        for (int i = 0; i < expected.length; i++) {
            if (head[i] != (byte) expected[i]) {
                return false;
            }
        }
        return true;
    }
}
