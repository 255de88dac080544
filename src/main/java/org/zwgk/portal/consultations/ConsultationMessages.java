package org.zwgk.portal.consultations;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of 征集调查 ({@code hdc:…} in templates; texts in hdc_zh_CN.properties). */
@MessageBundle(value = "hdc", locale = "zh-CN")
public interface ConsultationMessages {

    String state(Consultation.State value);

    /** What a citizen sends here, in the shared contribution texts ({@code ctb:…}). */
    String contribution();

    String listTitle();
    String listIntro();
    String listNone();

    String workbenchNone();
    String colTitle();
    String colOrganization();
    String colPeriod();
    String colState();
    String period(java.time.LocalDate from, java.time.LocalDate to, long days);
    String shortPeriod(String reason);
    String commentsTitle(int count);
    String commentsNone();
    String commentForm();
    String commentLabel();
    String commentSend();
    String commentReceived();
    String commentsClosed();
    String feedbackTitle();
    String feedbackCounts(long received, int shown, long adopted);
    String finalDocument();
    String newTitle();
    String fieldOrganization();
    String fieldTitle();
    String fieldDescription();
    String fieldOpensOn();
    String fieldClosesOn();
    String fieldMajor();
    String fieldReason();
    String create();
    String feedbackForm();
    String fieldFeedback();
    String fieldFinalDocument();
    String publishFeedback();

    String feedbackNotWaiting();

    String feedbackWaiting(String writer);

    String feedbackApproved(String reviewer);

    String approveFeedback();
    String navConsultations();
    String done();

    String badOrganization();
    String closesBeforeOpens();
    String closesInPast();
    String formErrors(int count);
    String feedbackNeverPublished();
    String majorNeedsThirtyDays(int days);
    String notOpen();
    String formUsed();
    String notFound();
    String feedbackBeforeClose();
}
