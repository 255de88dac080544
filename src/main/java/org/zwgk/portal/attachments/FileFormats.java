package org.zwgk.portal.attachments;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Arrays;

/**
 * A stored file's kind in words ({@code mediaType.fileFormat}): readers choose whether to open a file by
 * 「PDF 文件」 or 「Word 文档」, not by application/vnd.openxmlformats-officedocument….
 */
@TemplateExtension
public class FileFormats {

    static String fileFormat(String mediaType) {
        return Arrays.stream(FileSniffer.Kind.values())
                .filter(k -> k.mediaType.equals(mediaType))
                .findFirst()
                .map(k -> MessageBundles.get(AttachmentLabels.class).kind(k))
                .orElse(mediaType == null ? "" : mediaType);
    }
}
