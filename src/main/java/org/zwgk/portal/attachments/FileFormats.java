package org.zwgk.portal.attachments;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Arrays;

/**
 * A stored file's kind in words ({@code mediaType.fileFormat}): readers choose whether to open a file by
 * 「PDF 文件」 or 「Word 文档」, not by application/vnd.openxmlformats-officedocument… (a kind not
 * listed is 文本文件 or 文件, never its media type).
 */
@TemplateExtension
public class FileFormats {

    static String fileFormat(String mediaType) {
        AttachmentLabels labels = MessageBundles.get(AttachmentLabels.class);
        // "text/plain; charset=UTF-8" is text/plain
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(FileSniffer.Kind.values())
                .filter(k -> k.mediaType.equals(type))
                .findFirst()
                .map(labels::kind)
                // never a media type on a page: a kind the sniffer does not know is a text file or a file
                .orElseGet(() -> type.equals("text/plain") ? labels.textFile() : labels.otherFile());
    }
}
