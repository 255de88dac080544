package org.zwgk.portal.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the staff pages (login, workbench, channels, members, audit). A second bundle beside
 * {@link Messages}: one bundle with this many texts trips a code-generation limit in Qute (the
 * generated resolver is split and the split is miscompiled in Quarkus 3.33). Templates use
 * {@code wb:key}; texts are in {@code messages/wb_zh_CN.properties}.
 */
@MessageBundle(value = "wb", locale = "zh-CN")
public interface WorkbenchMessages {

    String loginTitle();
    String loginSso();
    String loginUsername();
    String loginPassword();
    String loginButton();
    String loginHint();
    String wbNav();
    String wbHome();
    String wbNewDraft();
    String wbChannels();
    String wbMembers();
    String wbAudit();
    String logout();
    String staffEntrance();
    String wbYourRoles();
    String wbMyDrafts();
    String wbNoDrafts();
    String wbReviewQueue();
    String wbFailedLogins(int count, String address, String at);
    String wbNoReviews();
    String wbNoOtherReviews();
    String wbDoneWithdrawn();
    String wbWithdrawnPublicPage();
    /** Followed by links to the three lists where citizens' contributions are moderated. */
    String wbContributionsWhere();
    String wbOtherReviews();

    String wbReturnedOthers();

    String memberRemoved();

    String memberRemoveButton();

    String memberTooFewReviewers(String organization, int levels, int left);

    String memberRemoveConfirm(String who, String role);

    String memberRemoveLabel(String who, String role);


    String wbColReturnedBy();

    String wbColReturnedAt();
    String wbColKind();
    String wbKindConsultation();
    String wbKindSurvey();
    String wbKindInterview();
    String wbKindReply();
    String wbColTitle();
    String wbColChannel();
    String wbColStatus();
    String wbColUpdated();
    String wbColAuthor();
    String wbColLevel();
    String wbColSubmitted();
    String wbRevision();
    String wbRevisionOf();

    String wbPublishedAs();
    String wbViewPublished();
    String wbLevel(int level, int of);
    String wbSensitiveTitle(int count);
    String wbSensitiveInPlace();
    String wbScheduleHint();
    String wbSave();
    String wbAcknowledge();
    String wbSubmit();
    String wbDiscard();
    String wbReview(int level, int of);
    String wbComment();
    String wbApprove();
    String wbApproveConfirm();
    String wbNoInterpretation();
    String wbCatalogueIncomplete();
    String wbInterpretsHint();
    String wbChannelsAll();

    String auditActorName(String actor);
    String wbPolicyCatalogueHint();
    String wbReturnComment();
    String wbReturn();
    String wbNoAttachments();
    String wbRemove();
    String wbFile();
    String wbUpload();
    String wbDiffPublished();
    String wbMetadata();

    String wbReturnedBecause(int level, String reviewer);

    String wbNotFilled();

    String wbPreview();
    String wbReviews();
    String wbApproved(int level);
    String wbReturned(int level);
    String wbNoChanges();
    String wbDiffTooLarge();
    String wbDiffDownloadBefore();
    String wbDiffDownloadAfter();
    String wbFolded(String lines);
    String wbDoneCreated();
    String wbDoneSaved();
    String wbDoneSubmitted(int levels);
    String wbDoneApproved(int level, int next, int of);
    String wbDoneApprovedSomeLevel();
    String wbDonePublished();
    String wbDoneScheduled(String at);
    String wbDoneReturned();
    String wbDoneUploaded();
    String wbDoneAttachmentRemoved();

    String wbDonePrivacyMasked();

    String wbDonePrivacyKept();
    String wbDoneDiscarded();
    String wbDiscardConfirm();
    String wbDiscardConfirmButton();
    String wbDiscardKeep();
    String wbDiscardDialog();
    String wbWithheldHint();
    String wbBodyHint();
    String wbMdHelp();
    String wbMdWhat();
    String wbMdType();
    String wbMdHeading();
    String wbMdHeadingExample();
    String wbMdList();
    String wbMdListExample();
    String wbMdTable();
    String wbMdTableExample();
    String wbMdLink();
    String wbMdLinkExample();
    String wbMdBold();
    String wbMdBoldExample();
    String wbFormErrors(int count);
    String wbNoChannelToWrite();
    String wbChannelNotYours(String channel, String chosen);
    String freshnessHint();
    String chColKind();
    String chColOwner();
    String chColLast();
    String chColDays();

    String chDays(Long days, Integer limit);
    String chColState();
    String chColActions();
    String chMergedInto(String name);
    String chTransfer();
    String chTransferTo();
    String chReason();
    String chMerge();
    String chMergeInto();
    String membersSso();
    String memberRole();
    String memberAdd();
    String auditActor();
    String auditAction();
    String auditEntityType();
    String auditEntityId();
    String auditFilter();
    String auditVerify();
    String auditChainIntact(String count);
    String auditChainBroken(String id);
    String auditTotal(String total);
    String auditTime();
    String auditAddress();
    String auditEntity();
    String auditDetail();
    String auditBefore();
    String auditAfter();
    String versionsTitle();
    String versionsFrom();
    String versionsTo();
    String versionsCompare();
    String versionsOnlyOne(String label);
    String chEdit();
    String chName();
    String chDescription();

    String passwordTitle();
    String passwordCurrent();
    String passwordNew();
    String passwordRepeat();
    String passwordButton();
    String passwordChanged();
    String passwordFirst();
    String memberCreate();
    String memberDisplayName();
    String memberCreated(String username);
    String memberCreatedHint();

    String wbManagePublished();

    String wbManageLink();

    String wbReviseLink();

    String wbRecentlyPublished();

    String wbNothingPublished();

    String wbColPublished();

    String wbReviseButton();

    String wbReviseHint();

    String wbWithdrawReason();

    String wbWithdrawButton();

    String wbWithdrawHint();
    String wbRevisePublished();
    String wbWithdrawByReviewer();

    String wbWithdrawConfirm();

    String wbAllChannels();

    String wbFilter();

    String wbDocNumberTaken(String number, String title, String index);

    String wbDocumentNotPublished();

    String wbAwaitingOthers(int level, int levels);

    String wbRecall();

    String wbRecallHint();

    String wbDoneRecalled();
}
