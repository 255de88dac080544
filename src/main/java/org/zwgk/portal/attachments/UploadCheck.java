package org.zwgk.portal.attachments;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zwgk.portal.common.VisibleText;
import org.zwgk.portal.web.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The checks every uploaded attachment passes before a byte of it is stored: present, within the
 * size limit, a clean file name, and a kind {@link FileSniffer} recognizes from the content that
 * agrees with the name. Refusals are 4xx {@link UserError}s naming the field {@code file}.
 */
public final class UploadCheck {

    /** An upload that passed: its cleaned name and its real kind. */
    public record Checked(String fileName, FileSniffer.Kind kind) {
    }

    private UploadCheck() {
    }

    public static Checked check(FileUpload file, long maxBytes) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw UserError.badInput("file", m -> m.attachmentMissing());
        }
        if (file.size() > maxBytes) {
            throw UserError.tooLarge("file", m -> m.attachmentTooLarge((int) (maxBytes / (1024 * 1024))));
        }
        String fileName = cleanName(file.fileName());
        try {
            FileSniffer.Kind kind = FileSniffer.sniff(file.uploadedFile(), fileName)
                    .orElseThrow(() -> UserError.badInput("file", m -> m.attachmentType()));
            return new Checked(fileName, kind);
        } catch (FileSniffer.TooComplex e) {
            throw UserError.badInput("file", m -> m.attachmentZipTooComplex());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The last part of what the browser sent, without path, characters file systems refuse, or
     * invisible ones (bidi overrides and other control and format characters: {@link VisibleText}).
     */
    public static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = VisibleText.clean(n.substring(n.lastIndexOf('/') + 1)).replaceAll("[\"<>|:*?]", "").strip();
        if (n.isEmpty()) {
            throw UserError.badInput("file", m -> m.attachmentMissing());
        }
        if (n.length() <= 200) {
            return n;
        }
        // its end, cut between characters: one outside the BMP is two chars, and half of one showed as ? (security audit)
        int from = n.length() - 200;
        return n.substring(Character.isLowSurrogate(n.charAt(from)) ? from + 1 : from);
    }
}
