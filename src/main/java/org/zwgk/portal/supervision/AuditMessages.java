package org.zwgk.portal.supervision;

import io.quarkus.qute.i18n.MessageBundle;

/** The audit page's readings of stored states ({@code aud:…}; aud_zh_CN.properties). */
@MessageBundle(value = "aud", locale = "zh-CN")
public interface AuditMessages {

    String draftState(String title, String type, String docNumber, String channel, int chars, String sha256);
}
