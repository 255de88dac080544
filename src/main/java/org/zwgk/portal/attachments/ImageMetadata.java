package org.zwgk.portal.attachments;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * A published picture without what its camera or editor wrote into it beside the image: the place
 * (EXIF GPS), the time, the device and its serial number, the author, comments, a thumbnail of the
 * uncropped original (security audit: an interview photo kept its EXIF). Only the segments and chunks
 * that draw the image are kept, unchanged, so nothing is recompressed; whatever follows the image's
 * end (a second picture some phones append) is dropped.
 */
public final class ImageMetadata {

    /** A file that calls itself a JPEG or PNG and is not one that can be read to its end. */
    public static final class Malformed extends Exception {
        Malformed(String what) {
            super(what);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** PNG chunks that hold text, EXIF or a modification time; none is needed to draw the picture. */
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private ImageMetadata() {
    }

    /** The picture without its metadata; other kinds as they are. */
    public static byte[] stripped(byte[] file, FileSniffer.Kind kind) throws Malformed {
        return switch (kind) {
            case JPEG -> jpeg(file);
            case PNG -> png(file);
            default -> file;
        };
    }

    /**
     * JPEG: the markers up to each scan, whose entropy-coded data runs to the next marker that is not a
     * stuffed 0xFF00 or a restart; APP0 (JFIF), APP2 (ICC colour profile) and APP14 (Adobe colour
     * transform) are kept because they change how the picture looks, every other APPn and COM goes.
     */
    static byte[] jpeg(byte[] in) throws Malformed {
        if (in.length < 4 || (in[0] & 0xff) != 0xff || (in[1] & 0xff) != 0xd8) {
            throw new Malformed("no JPEG start");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xff);
        out.write(0xd8);
        int i = 2;
        while (true) {
            if (i >= in.length || (in[i] & 0xff) != 0xff) {
                throw new Malformed("no marker at " + i);
            }
            while (i < in.length && (in[i] & 0xff) == 0xff) {
                i++; // fill bytes
            }
            if (i >= in.length) {
                throw new Malformed("ends in a marker");
            }
            int marker = in[i++] & 0xff;
            if (marker == 0xd9) {
                out.write(0xff);
                out.write(0xd9);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                out.write(0xff);
                out.write(marker);
                continue;
            }
            if (i + 2 > in.length) {
                throw new Malformed("segment length missing");
            }
            int length = ((in[i] & 0xff) << 8) | (in[i + 1] & 0xff);
            if (length < 2 || i + length > in.length) {
                throw new Malformed("segment runs past the end");
            }
            if (kept(marker)) {
                out.write(0xff);
                out.write(marker);
                out.write(in, i, length);
            }
            i += length;
            if (marker == 0xda) {
                int start = i;
                while (i + 1 < in.length && !((in[i] & 0xff) == 0xff && endsScan(in[i + 1] & 0xff))) {
                    i++;
                }
                if (i + 1 >= in.length) {
                    throw new Malformed("scan without an end");
                }
                out.write(in, start, i - start);
            }
        }
    }

    private static boolean endsScan(int next) {
        return next != 0x00 && !(next >= 0xd0 && next <= 0xd7) && next != 0xff;
    }

    private static boolean kept(int marker) {
        if (marker == 0xfe) {
            return false; // COM
        }
        if (marker >= 0xe0 && marker <= 0xef) {
            return marker == 0xe0 || marker == 0xe2 || marker == 0xee;
        }
        return true;
    }

    /** PNG: every chunk to IEND except the text, EXIF and time ones. */
    static byte[] png(byte[] in) throws Malformed {
        if (in.length < PNG_SIGNATURE.length || !java.util.Arrays.equals(in, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            throw new Malformed("no PNG signature");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, PNG_SIGNATURE.length);
        int i = PNG_SIGNATURE.length;
        while (true) {
            if (i + 8 > in.length) {
                throw new Malformed("no IEND");
            }
            long length = ((long) (in[i] & 0xff) << 24) | ((in[i + 1] & 0xff) << 16) | ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
            if (length > in.length - i - 12L) {
                throw new Malformed("chunk runs past the end");
            }
            String type = new String(in, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int whole = (int) length + 12;
            if (!PNG_METADATA.contains(type)) {
                out.write(in, i, whole);
            }
            i += whole;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
    }
}
