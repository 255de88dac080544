package org.zwgk.portal.privacy;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the de-identification gate ({@code privacy:…}; texts in privacy_zh_CN.properties). */
@MessageBundle(value = "privacy", locale = "zh-CN")
public interface PrivacyMessages {

    String type(PiiType type);

    String hitsTitle(int count);
    String hitsNone();
    String hitsIntro();
    String hitsIntroPublished();
    String hitsColumnType();
    String hitsColumnFound();
    String hitsColumnPublic();
    String hitsColumnDecision();
    String highRisk();
    String decisionMask();
    String decisionNotPersonal();
    String decisionPending();
    String decisionByRule();
    String decisionBy(String who, String reason);
    String keptByLaw(String basis);
    String reasonLabel();
    String confirmMask();
    String markNotPersonal();
    String changeToMask();
    String changeToNotPersonal();
    String reasonRequired();
    String hitNotFound();
    String unreviewedHighRisk(int count);
    String undecidedItem(String type, String where, String masked);
    String decided();

    String fileNoOcr();
    String fileZipNotRead();
    String fileImageTooLarge(long megapixels);
    String fileNoTextRecognized();
    String fileNotReadYet(String title);
    String fileMissing();
    String fileTooLarge(long mb);
    String fileTooSlow(long seconds);

    String fileTooComplex(long mb);
    String fileCorrupt();

    String filePdfNoText();
    String fileEncrypted();
    String fileTruncated();
    String inAttachment(String title);
    String attachmentsTitle();
    String attachmentHits(String title, int count);
    String attachmentClean(String title);
    String attachmentProblem(String title, String problem);

    String attachmentsUnchecked(String titles);

    String attachmentsCheckedLabel(String titles);
    String attachmentCannotMask();
    String attachmentMaskNotPossible();

    String scanTitle();
    String scanIntro();
    String scanNone();
    String scanCount(int count);
    String scanColumnDocument();
    String scanColumnWhere();
    String scanColumnWhy();
    String scanUnread(int count);
    String scanChecked();
    String scanSource(String kind);
    String scanSourceCount(long count);
    String scanTime();
    String scanTimeDetail(String started, long seconds);
    String scanFailed();
    String scanRunning(String since);
    String scanStart();
    String scanStartHint();
}
