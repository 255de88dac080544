package org.zwgk.portal.attachments;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese names of the file kinds ({@code filelabel:…}; texts in filelabel_zh_CN.properties). */
@MessageBundle(value = "filelabel", locale = "zh-CN")
public interface AttachmentLabels {

    String kind(FileSniffer.Kind value);

    /** text/plain, which uploads never are but content files may be. */
    String textFile();

    /** Any other kind: a file. */
    String otherFile();
}
