package org.zwgk.portal.requests;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of 依申请公开 ({@code ysq:…} in templates; texts in ysq_zh_CN.properties). */
@MessageBundle(value = "ysq", locale = "zh-CN")
public interface RequestMessages {

    // enum labels (key = method name, '_$', constant)
    String applicantType(ApplicantType value);
    String idType(IdType value);
    String infoFormat(InfoFormat value);
    String delivery(Delivery value);
    String status(RequestStatus value);
    String consultationKind(RequestConsultation.Kind value);
    String answerType(AnswerType value);
    String answerReason(AnswerReason value);

    String ysqField(String field);

    // refusals
    String ysqNotConfigured();
    String ysqAlreadySubmitted(String code);
    String ysqFormUsed();
    String ysqBeforeRegulation();
    String ysqBadIdNumber();

    String ysqListScope();

    String ysqStepErrors(int count);

    String ysqBadOtherIdNumber();
    String ysqBadCreditCode();
    String ysqBadPhone();
    String ysqBadEmail();
    String ysqBadPostcode();

    String ysqFormatNotDeliverable(boolean paper);
    String ysqTooManySubmissions(int count);
    String ysqLookupFailed();
    String ysqWrongState();
    String ysqNotFound();
    String ysqReceivedOutOfRange();
    String ysqNoCalendar(int year);
    String ysqCorrectionOnce();
    String ysqCorrectionTooLate(int days);
    String ysqDueInFuture();
    String ysqExtensionNeedsAdmin();
    String ysqExtensionOnce();
    String ysqExtensionRange(int max, String regulation);
    String ysqReasonNotOfType();

    String ysqWithheldPart();

    String ysqAlsoPartial();
    String ysqStale();
    String ysqNoAnswerYet();
    String ysqFilesIssuedWithAnswer();
    String ysqProposalFiles(int count);

    String ysqProposalFileEditors(String names);
    String ysqProposalNoFiles();
    String ysqFileNotProposed();
    String ysqFileAfterIssue();
    String ysqFileRemoveNeedsReviewer();
    String ysqFiles();
    String ysqFilesNone();
    String ysqFilesNote();
    String ysqFileAttach();
    String ysqFileTitle();
    String ysqFileChoose();
    String ysqFileDownload();
    String ysqFileSize(String format, String size);

    String ysqFileRemove();

    String ysqFileRemoveReason();

    String ysqFileRemoveReasonRequired();

    String ysqFileRemoveClosed();
    String ysqNoFont();
    String ysqWithdrawnText();
    String ysqCorrectionSent();
    String ysqDone(String step);

    // 告知书
    String ysqNoticeTitle();
    String ysqNoticeNumber(String code);
    String ysqNoticeTo(String name);
    String ysqNoticeIntro(String received, String regulation, String description);
    String ysqNoticeDecision(String type, String reason, String basis);
    String ysqNoticeExtended(int days);
    String ysqNoticeRemedies(String organ);

    String ysqNoticeRemediesReviewFirst(String organ);

    // pages
    String ysqTitle();
    String ysqIntro();
    String ysqNotReady();
    String ysqFormErrors(int count);
    String ysqSectionApplicant();
    String ysqSectionRequest();
    String ysqSubmit();
    String ysqPersonOnly();
    String ysqOrganizationOnly();
    String ysqOptional();

    String ysqEmailHint();

    String ysqAddressHint();
    String ysqReceiptTitle();
    String ysqReceiptKeep();
    String ysqTrackingCode();
    String ysqSecret();
    String ysqSubmittedAt();
    String ysqReceivingOrg();
    String ysqApplicant();
    String ysqLookupTitle();
    String ysqLookupButton();
    String ysqLookupLink();

    String paperTitle();

    String paperIntro();

    String paperOnline();

    String paperOrganizationsOnly();

    String paperSignature();

    String paperDate();

    String paperNoteId();

    String paperNoteSend();

    String paperNoteDeadline();

    String paperLink();

    String paperOrganizations();
    String ysqStatusTitle();
    String ysqStatusLabel();
    String ysqReceivedOn();
    String ysqRegulation();
    String ysqDeadline();
    String ysqDeadlineDetail(int days, int extension, int paused);
    String ysqDeadlineProvisional(int year);
    String ysqProvisionalTag();
    String ysqDeadlineAwaitingCorrection(int days);
    String ysqPausedNote();
    String ysqNotRegisteredYet();

    String ysqWhatNext(String site);
    String ysqCorrectionAsked(java.time.LocalDate due);
    String ysqCorrectionSend();
    String ysqExtendedNote(int days, String reason);
    String ysqTransferredNote(String from, String note);
    String ysqAnswer();
    String ysqAnswerOn(java.time.LocalDate day);
    String ysqNoticeDownload();
    String ysqWorkbenchTitle();
    String ysqNone();
    String ysqNotStaff();
    String ysqOverdueCount(long count);
    String ysqDueSoonCount(long count);
    String ysqUnregisteredCount(long count);
    String ysqToIssueCount(long count);
    String ysqOverdue();

    String ysqAnsweredLate();

    String ysqAnsweredLateNote(java.time.LocalDate due, java.time.LocalDate answered);

    String ysqPauseUsedUp(java.time.LocalDate day);

    String ysqClosedBySystem();

    String ysqOverdueForApplicant(java.time.LocalDate due);

    String ysqDeadlineFromCorrection(java.time.LocalDate date);

    String ysqReceivedOnHint();
    String ysqDueSoon();
    String ysqPaused();
    String ysqDaysLeft(int days);

    String ysqAwaitingRegistration(String submitted, long days);

    String ysqRegistrationLate();
    String ysqColCode();
    String ysqColOrg();
    String ysqColType();
    String ysqColStatus();
    String ysqColDeadline();
    String ysqApplicantData();
    String ysqSteps();
    String ysqRegister();
    String ysqAskCorrection();
    String ysqCorrectionWindow(java.time.LocalDate day);
    String ysqCorrectionWindowNoCalendar(int days, int year);
    String ysqConsult();
    String ysqConsulted();
    String ysqChooseOrganization();
    String ysqChooseIdType();

    String ysqChooseTransferTarget();
    String ysqDueTooFar(String latest);
    String ysqExtendTitle();
    String ysqReceivedBeforeTransfer(String day);
    String ysqPeriodOver(String due);
    String ysqConsultations();
    String ysqConsultationHint();
    String ysqConsultationRunning();
    String ysqExtend();
    String ysqAnswerButton();
    String ysqProposalTitle();
    String ysqProposalBy(String who, java.time.LocalDate day);
    String ysqProposalReplaceHint();
    String ysqIssue();
    String ysqIssueConfirm();
    String ysqReturnProposal();
    String ysqProposalReturned(String note);
    String ysqAnswerIssuedBy(String drafter, String issuer);
    String ysqIssueNeedsReviewer();
    String ysqIssueNotOwnDraft();
    String ysqArchive();
    String ysqTransfer();

    /** A transfer refused: nobody on the site works for {@code organ}, so nobody would see the request. */
    String ysqTransferNobody(String organ);

    /** After an organ in the 转送 list: nobody there (the option is not offered). */
    String ysqTransferNobodyMark();

    /** After an organ in the 转送 list: staff, but no reviewer to issue an answer. */
    String ysqTransferNoIssuerMark();

    String ysqTransferNobodyHint();
    String ysqTransferNoIssuerHint();
    String ysqReasonNone();
    String ysqApplyOnline();

    // annual report, table 3
    String table3Row(Table3.Row value);
    String table3Corner();
    String table3Total();
}
