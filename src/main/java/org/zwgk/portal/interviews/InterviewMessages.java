package org.zwgk.portal.interviews;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of 在线访谈 / 新闻发布会 ({@code itv:…} in templates; texts in itv_zh_CN.properties). */
@MessageBundle(value = "itv", locale = "zh-CN")
public interface InterviewMessages {

    String kind(Interview.Kind value);
    String status(Interview.Status value);

    /** What a citizen sends here, in the shared contribution texts ({@code ctb:…}). */
    String contribution();

    String listTitle();
    String listIntro();
    String upcoming();
    String live();
    String past();
    String none();
    /** {@code at} as TemplateExtensions.dateTime shows it. */
    String when(String at, String place);
    String guestsTitle();
    String policiesTitle();
    String questionsTitle(int count);
    String questionsNone();
    String askTitle();
    String askLabel();
    String askSend();
    String askLink();
    String asked();
    String liveTitle();
    String liveRefresh(int seconds);
    String transcriptTitle();
    String entriesNone();
    String pictureAlt(String speaker);
    String navInterviews();
    String scheduleTitle();
    String fieldOrganization();
    String fieldKind();
    String fieldTitle();
    String fieldStartsAt();
    String fieldPlace();
    String fieldGuests();
    String guestsHelp();
    String fieldDescription();
    String fieldDocuments();
    String documentsHelp();
    String schedule();
    String entryTitle();
    String fieldSpeaker();
    String fieldBody();
    String fieldPicture();
    String pictureHelp(int mb);
    String addEntry();
    String end();
    String endHint();

    String endConfirm();
    String workbenchNone();
    String reference(String kind, String title);

    String transcriptOrigin(String kind, String organization, String date, String place);

    String transcriptDocumentTitle(String title);

    String transcriptSummary(String kind, String organization);

    String transcriptInReview();
    String transcriptDraftLink(long id);

    String transcriptLink();
    String formErrors(int count);

    String badOrganization();
    String badKind();
    String badTime();
    String notOwnDocument(String value);
    String sensitiveEntry(String words);
    String acknowledgeEntry();
    String tooManyDocuments(int max);
    String ended();
    String formUsed();
    String notPublishedYet();
    String liveAfterPublication();
    String notFound();
    String pictureTooLarge(int mb);
    String pictureType();

    /** An entry's picture, as its link reads (browser walk: [图片（可选）], the form's label). */
    String pictureLink();
}
