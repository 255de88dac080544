package org.zwgk.portal.supervision;

import io.quarkus.qute.i18n.MessageBundle;

/** The audit page's readings of stored states and its filters' choices ({@code aud:…}; aud_zh_CN.properties). */
@MessageBundle(value = "aud", locale = "zh-CN")
public interface AuditMessages {

    String draftState(String title, String type, String docNumber, String channel, int chars, String sha256);

    /** The audit filters' first choices, which filter nothing. */
    String anyAction();

    String anyKind();

    /** A kind's choice standing for every action of it. */
    String allOfKind(String kind);

    /** The auditor's workbench home: where oversight starts (browser walk: it showed only the role). */
    String oversightTitle();

    String oversightIntro();

    String oversightAudit();

    String oversightChannels();

    String oversightMessages();

    String oversightRecords();

    String oversightInteraction();
}
