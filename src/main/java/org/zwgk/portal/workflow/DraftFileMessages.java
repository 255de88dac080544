package org.zwgk.portal.workflow;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts beside a draft's files on its page ({@code dfile:…}; texts in dfile_zh_CN.properties). */
@MessageBundle(value = "dfile", locale = "zh-CN")
public interface DraftFileMessages {

    /** The link that opens a file of the draft, for its reviewer to check it by hand. */
    String download();
}
