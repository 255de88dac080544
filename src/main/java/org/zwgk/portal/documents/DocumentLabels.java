package org.zwgk.portal.documents;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese labels of this feature's enums ({@code doclabel:…} in templates; texts in doclabel_zh_CN.properties). */
@MessageBundle(value = "doclabel", locale = "zh-CN")
public interface DocumentLabels {

    String validity(org.zwgk.portal.documents.Validity value);
    String disclosure(org.zwgk.portal.documents.Disclosure value);
    String changeKind(org.zwgk.portal.documents.ChangeKind value);

    /** The 一号答 answers resting on this document, apart from its interpretations. */
    String relatedAnswers();

    /** The table of contents of a body with sections (a law's 章). */
    String contents(int count);
}
