package org.zwgk.portal.messages;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of 互动交流 ({@code hd:…} in templates; texts in hd_zh_CN.properties). */
@MessageBundle(value = "hd", locale = "zh-CN")
public interface HudongMessages {

    // labels of enums
    String typeLabel(MessageType value);
    String status(MessageStatus value);
    String urgency(MessageRules.Urgency value);
    String replyState(MessageReply.Status value);
    String satisfactionLabel(CitizenMessage.Satisfaction value);

    // public pages
    String indexTitle();
    String indexIntro();
    String writeTitle();
    String writeLimits(int consultation, int complaint, int suggestion);
    String writeIntro();
    String followTitle();
    String followButton();
    String answersTitle();
    String publishedTitle();
    String publishedNone();
    String colSubject();
    String colType();
    String colOrganization();
    String colReceived();
    String colReplied();
    String colDaysTaken();
    String colStatus();
    String daysTaken(int days);
    String formErrors(int count);
    String fieldType();
    String fieldOrganization();
    String organizationUnknown();
    String fieldSubject();
    String fieldText();
    String fieldContact();
    String contactHidden();
    String contactHint();
    String fieldPublish();
    String fieldPublishShort();
    String send();
    String receiptTitle();
    String receiptIntro();
    String receiptKeep();
    String trackingCode();
    String secret();
    String deadline();

    /** A time limit counted over a year whose holiday notice the site does not hold. */
    String dueProvisional(int year);

    String dueProvisionalTag();
    String limitDays(int days);
    String statusTitle(String code);
    String rejectReason();
    String replyFrom(String organization);

    String repliedAt(String time);
    String rateLegend();
    String satisfied();
    String basicallySatisfied();
    String unsatisfied();
    String redoHint();
    String rateButton();
    String ratedAs();
    String rated();

    // 不满意的原因: asked with a 不满意, read by the unit that handles the 重办
    String unsatisfiedReasonLabel();
    String unsatisfiedReasonHint();
    String unsatisfiedNeedsReason();
    String unsatisfiedReasonInvalid();

    /** On the workbench: the reason of the current 不满意, and of an earlier one once the letter was answered again. */
    String unsatisfiedReason();
    String earlierUnsatisfiedReason();

    // refusals
    String badType();
    String badOrganization();

    String badContact();
    String emptyBody();
    String secretNotInAddress();
    String throttledSend();
    String notFound();
    String badSatisfaction();
    String notRateable();
    String rejectNeedsReason();
    String assignNeedsLead();
    String notAssigned();
    String handlingNeedsNote();
    String replyNeedsText();

    String maskedWordsInvalid();

    String maskedWordLength(String word, int max);

    String maskedWordsTooMany(int max);

    String maskedWordsLabel();

    String maskedWordsHint();

    String replySensitive(int count);
    String ownReplyReview();

    String replySameReviewer();

    String replyLevels(int approved, int of);

    String reviewLevel(int level, int of);

    String doneLevelApproved();

    String approveLevel();

    String awaitingOtherLevels();
    String returnNeedsComment();
    String replyNotNamed();

    String noAnswerer();

    /** Beside a unit in the 转办 lists that sent this letter back before. */
    String sentBackMark();

    String noAnswererHint();

    String noAnswererAssigned();
    String wrongStatus();
    String tooLong(int max);
    String formUsed();

    // the published copy
    String publishedQuestion();
    String publishedReply(String organization);
    String publishedFacts(String type, String received, String replied, int days);
    String publishedSummary(String type, String organization);
    String publishedNote();
    String publishedRedoNote();

    // workbench
    String queueTitle();
    String queueEmpty();
    String queueDone(long count);
    String redone();
    String yes();
    String no();
    String publishedAs();
    String assignmentsTitle();
    String lead();
    String repliesTitle();
    String replyMeta(int round, String author, String at);
    String reviewedBy(String reviewer);
    String decideTitle();
    String accept();

    String acceptAsType();
    String reject();
    String assignTitle();
    String choose();
    String coOrganizations();
    String assign();
    String handlingNote(String organization);
    String handle();
    String replyTitle();
    String replyLabel();
    String acknowledge();
    String submitReply();
    String reviewTitle();
    String previewTitle();
    String previewHint();
    String previewReply();
    String previewNotPublished();
    String approve();
    String approveConfirm();
    String returnComment();
    String returnButton();
    String doneAccepted();
    String doneRejected();
    String doneAssigned();
    String doneHandled();
    String doneSubmitted();
    String doneApproved();
    String doneReturned();
    String navMessages();

    // site health
    String healthTitle();
    String healthDate(java.time.LocalDate today);
    String healthVetoed(long count, int months);
    String healthOk(int months);
    String healthNearVeto(long count);
    String healthCounts(int open, long overdue, long dueSoon);
    String healthOrganizations();
    String healthOpen();
    String colAssigned();
    String colAnswered();
    String colAverageDays();
    String colSatisfaction();
    String colVetoDay();
    String vetoBroken();
    String vetoNear();

    // 一号答
    String answersOther();
    String answersIntro();
    String answersBox();
    String answersSearch();
    String answersNone(String q);
    String answersResults(String q);
    String answersSource();
    String answersAll();
    String answersAsk();
    String relatedAnswers();
    String relatedDocuments();
    String suggestedAnswers();
    String suggestedDocuments();
    String suggestionsFound();

    // the workbench home's line about letters (MessageAttention)
    String attentionOverdue(long count);
    String attentionToAccept(long count);
    String attentionToAssign(long count);
    String attentionToHandle(long count);

    /** The organization the citizen named, on the staff's page: their wish, not the form's question. */
    String suggestedOrgLabel();

    /** The link to the published letter on its staff page (browser walk: the bare path /documents/42). */
    String publishedPageLink();

    // 申请退回 (a unit sends a letter assigned to it by mistake back to the operator for 改派)
    String sendBackTitle();

    /** What sending back does, and that the time limit ({@code due}) runs on. */
    String sendBackHint(java.time.LocalDate due);

    String sendBackReason();
    String sendBackButton();
    String sendBackConfirm();
    String sendBackNeedsReason();
    String doneSentBack();
    String sentBackFlag();
    String sentBackHistory();
    String sentBackBy(String organization, String person, String at);
    String sentBackReasonLabel();
    String sentBackAssignments();

    /** For the operator who reassigns: the limit is the one counted from receipt. */
    String sentBackDeadline(java.time.LocalDate due);

    /** The citizen's status of a letter sent back and not yet assigned again: neutral, no reason. */
    String statusReassigning();

    String attentionSentBack(long count);

    /** After a first 不满意: sent back to {@code organization} for 重新办理, a new answer due by {@code due}. */
    String ratedRedo(String organization, java.time.LocalDate due, int days);

    /** The same, on a later visit while the 重办 is open. */
    String redoUnderway(String organization, java.time.LocalDate due);
}
