package org.zwgk.portal.attachments;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pictures published without where, when and with what they were taken (security audit). */
public class ImageMetadataTest {

    static final String GPS = "GPSLatitude 31.3856N 120.9807E";

    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
            }
        }
        return image;
    }

    static byte[] segment(int marker, String content) {
        byte[] body = content.getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(4 + body.length).put((byte) 0xff).put((byte) marker).putShort((short) (body.length + 2)).put(body).array();
    }

    /** A camera's JPEG: EXIF with a place, a comment, and a second picture appended after the end. */
    public static byte[] cameraJpeg() throws Exception {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(picture(), "jpg", encoded);
        byte[] plain = encoded.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(segment(0xe1, "Exif\0\0" + GPS + " Model: Phone X serial 4711"));
        out.write(segment(0xfe, "taken by 王建国"));
        out.write(plain, 2, plain.length - 2);
        out.write(plain); // the appended thumbnail some phones write after the image
        out.write(segment(0xe1, "Exif\0\0" + GPS));
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    static byte[] annotatedPng() throws Exception {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(picture(), "png", encoded);
        byte[] plain = encoded.toByteArray();
        int afterHeader = 8 + 25; // signature, IHDR
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        out.write(chunk("tEXt", ("Author\0王建国 " + GPS).getBytes(StandardCharsets.UTF_8)));
        out.write(chunk("eXIf", ("MM\0*" + GPS).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void aJpegLosesItsExifCommentAndAppendedPictureAndLooksTheSame() throws Exception {
        byte[] camera = cameraJpeg();
        byte[] clean = ImageMetadata.stripped(camera, FileSniffer.Kind.JPEG);
        assertThat(contains(camera, GPS)).isTrue();
        assertThat(contains(clean, "GPSLatitude")).isFalse();
        assertThat(contains(clean, "Exif")).isFalse();
        assertThat(contains(clean, "Phone X")).isFalse();
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain(new String("taken by 王建国".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1));
        assertThat(contains(clean, "JFIF")).as("the JFIF header stays").isTrue();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(clean));
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(camera));
        assertThat(read.getWidth()).isEqualTo(64);
        assertThat(read.getHeight()).isEqualTo(48);
        assertThat(read.getRGB(10, 10)).as("the same pixels, nothing recompressed").isEqualTo(original.getRGB(10, 10));
        assertThat(clean.length).as("one picture, not two").isLessThan(camera.length / 2 + 200);
        assertThat(clean[clean.length - 2] & 0xff).isEqualTo(0xff);
        assertThat(clean[clean.length - 1] & 0xff).isEqualTo(0xd9);
    }

    @Test
    void aPngLosesItsTextAndExifChunks() throws Exception {
        byte[] annotated = annotatedPng();
        byte[] clean = ImageMetadata.stripped(annotated, FileSniffer.Kind.PNG);
        assertThat(contains(annotated, "GPSLatitude")).isTrue();
        assertThat(contains(clean, "GPSLatitude")).isFalse();
        assertThat(contains(clean, "tEXt")).isFalse();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(read.getRGB(20, 30)).isEqualTo(picture().getRGB(20, 30));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(), "png", plain);
        assertThat(clean).as("exactly the picture without the two chunks").isEqualTo(plain.toByteArray());
    }

    @Test
    void aTruncatedPictureIsRefusedAndOtherKindsPassAsTheyAre() throws Exception {
        byte[] camera = cameraJpeg();
        assertThatThrownBy(() -> ImageMetadata.stripped(java.util.Arrays.copyOf(camera, 400), FileSniffer.Kind.JPEG))
                .isInstanceOf(ImageMetadata.Malformed.class);
        byte[] png = annotatedPng();
        assertThatThrownBy(() -> ImageMetadata.stripped(java.util.Arrays.copyOf(png, png.length - 12), FileSniffer.Kind.PNG))
                .isInstanceOf(ImageMetadata.Malformed.class);
        byte[] pdf = "%PDF-1.4 GPSLatitude".getBytes(StandardCharsets.US_ASCII);
        assertThat(ImageMetadata.stripped(pdf, FileSniffer.Kind.PDF)).isSameAs(pdf);
    }
}
