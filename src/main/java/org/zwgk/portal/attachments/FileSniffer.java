package org.zwgk.portal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file really is, from its bytes: the kinds government attachments come in. The browser's
 * claimed type is ignored, and the name's extension must agree with the content, so a script renamed
 * to .pdf is refused.
 *
 * <p>Zip containers (docx, xlsx, ofd, zip) are looked into within {@link Limits}: entries, bytes
 * unpacked in all, and compression ratio. A file beyond them is {@link TooComplex}, whatever its kind:
 * nested zeros cost a bounded amount of work and are refused, for the readers' sake too.
 */
public final class FileSniffer {

    /**
     * How far a zip container is looked into: at most {@code maxEntries} entries, {@code maxTotalBytes}
     * unpacked in all, and no entry larger than {@code ratioFloorBytes} unpacked that is more than
     * {@code maxRatio} times its packed size (text packs 5 to 20 times; zeros a thousand times).
     */
    public record Limits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {
        public static final Limits DEFAULT = new Limits(10_000, 256L << 20, 200, 1L << 20);
    }

    /** A zip container beyond the {@link Limits}: refused without looking further. */
    public static final class TooComplex extends Exception {
        TooComplex(String why) {
            super(why, null, false, false);
        }
    }

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
    public static Optional<Kind> sniff(Path file, String fileName) throws IOException, TooComplex {
        return sniff(file, fileName, Limits.DEFAULT);
    }

    public static Optional<Kind> sniff(Path file, String fileName, Limits limits) throws IOException, TooComplex {
        Kind kind = byContent(file, limits);
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

    private static Kind byContent(Path file, Limits limits) throws IOException, TooComplex {
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
            return zipKind(file, limits);
        }
        return null;
    }

    /**
     * Office Open XML and OFD are zip files; which one is told by the entries' names, read from the
     * central directory without unpacking anything. Then every entry is unpacked once, counting, to
     * check the container within the limits (sizes the directory declares may lie).
     */
    private static Kind zipKind(Path file, Limits limits) throws IOException, TooComplex {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new TooComplex("more than " + limits.maxEntries() + " entries");
            }
            Kind kind = Kind.ZIP;
            long declared = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                declared += Math.max(0, e.getSize());
                if (declared > limits.maxTotalBytes()) {
                    throw new TooComplex("more than " + limits.maxTotalBytes() + " bytes unpacked");
                }
                checkRatio(e.getSize(), e.getCompressedSize(), limits);
                if (kind == Kind.ZIP) {
                    kind = byEntryName(e.getName());
                }
            }
            unpackWithin(zip, limits);
            return kind;
        } catch (IOException | IllegalArgumentException broken) {
            return null;
        }
    }

    private static Kind byEntryName(String name) {
        if (name.startsWith("word/")) {
            return Kind.DOCX;
        }
        if (name.startsWith("xl/")) {
            return Kind.XLSX;
        }
        if (name.equalsIgnoreCase("OFD.xml")) {
            return Kind.OFD;
        }
        return Kind.ZIP;
    }

    /** Unpacks every entry into nothing, stopping as soon as what comes out passes a limit. */
    private static void unpackWithin(ZipFile zip, Limits limits) throws IOException, TooComplex {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            long entry = 0;
            try (InputStream in = zip.getInputStream(e)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    entry += n;
                    total += n;
                    if (total > limits.maxTotalBytes()) {
                        throw new TooComplex("more than " + limits.maxTotalBytes() + " bytes unpacked");
                    }
                    checkRatio(entry, e.getCompressedSize(), limits);
                }
            }
        }
    }

    private static void checkRatio(long unpacked, long packed, Limits limits) throws TooComplex {
        if (unpacked > limits.ratioFloorBytes() && unpacked > Math.max(1, packed) * limits.maxRatio()) {
            throw new TooComplex("compression ratio above " + limits.maxRatio());
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
