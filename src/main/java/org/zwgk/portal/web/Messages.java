package org.zwgk.portal.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text a citizen or editor reads. The texts themselves are in
 * {@code src/main/resources/messages/msg_zh_CN.properties}; templates use them as {@code msg:key}.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Messages {

    // layout
    String skipToContent();

    /** The site a printed page came from (citizen walk: a printed receipt or document did not say). */
    String printSource(String site);

    /** A text box's counter (js/length.js fills in %n and %max). */
    String lengthCount();

    /** After the counter when the text is longer than the box takes (%over: by how much). */
    String lengthOver();
    String navMain();
    String navHome();
    String navCatalog();
    String footerSponsor(String name);
    String footerSiteCode(String code);
    String footerAddress(String address);
    String footerPhone(String phone);

    // home
    String homeLatest();
    String homeCatalog();
    String homeCatalogIntro();
    String homeQuick();
    String homeApply();
    String homeWrite();
    String homeFollow();
    String homeAnswers();
    String homeHotline(String number);
    String homeSections();
    String homeNewMedia();
    String more();
    String empty();

    // catalogue
    String catalogTitle();
    String catalogByOrganization();
    String catalogByTopic();
    String catalogByGenre();
    String catalogAll();
    String catalogTotal(long total);
    String catalogNavigation();
    String catalogTypeTabs();
    String catalogToFilters();

    // channel
    String channelOwner(String owner);

    // document
    String metaTitle();
    String metaIndexNumber();
    String metaOrganization();
    String metaDisclosingUnit();
    String metaWrittenDate();
    String metaPublishedDate();
    String metaDocNumber();
    String metaTopic();
    String metaGenre();
    String metaValidity();
    String metaType();
    String metaVersion();
    String none();
    String docAttachments();
    String docAttachmentSize(String format, String size);
    String docInterpretations();
    String docInterprets();

    String docLinkWithdrawn();

    String docReplacedBy();
    String docReplaces();
    String docHistory();
    String versionColumn();
    String versionKindColumn();
    String versionNoteColumn();
    String versionDateColumn();
    String versionCurrent();

    String versionView();
    String versionBanner(String version, String date);
    String versionBackToCurrent();
    String withdrawnTitle();
    String validityWithdrawn();
    String letterAnsweredBy(String organization);
    String withdrawnReason();
    String withdrawnAt();
    String withdrawnTextGone();
    String removedTitle();
    String removedText();
    String firstPublication();
    String corpusUpdated();

    // search
    String navSearch();
    String searchTitle();
    String searchLabel();
    String searchButton();
    String searchPlaceholder();
    String headerSearchPlaceholder();
    String searchDidYouMean();
    String searchFacets();
    String facetOrganization();
    String facetChannel();
    String facetType();
    String facetTopic();
    String facetYear();
    String searchTotal(long total);
    String searchTotalAbout(long total);
    String sortLabel();
    String sortRelevance();
    String sortDate();
    String searchEmptyTitle();
    String searchEmptyDocumentsButRecords(long count);
    String searchEmptyCheck();
    String searchEmptyFiltered();
    String searchEmptyClearFilters();
    String searchEmptyAsk();
    String searchEmptyWrite();
    String searchEmptyOr();
    String searchEmptyApply();
    String searchEmptyHotline();
    String searchEmptyNumber();
    String searchEmptyBrowse();
    String searchRelated();
    String searchResults();
    String searchBusy();

    // pager
    String pagerLabel();
    String pagerPrevious();
    String pagerNext();
    String pagerStatus(int page, int pages);
    String pagerBeyond(int page, int pages);
    String pagerLast();
    /** After a list's title from its second page on: the tab and the history say which page (WCAG 2.4.2). */
    String titlePage(int page);
    /** Before the title of a form shown again with what is wrong with it. */
    String titleRefused();

    // errors
    String errorBadRequestTitle();
    String errorBadRequestText();
    String errorJsonShape();
    String errorJsonValue(String field);
    String errorNotFoundTitle();
    String errorNotFoundText();
    String errorMethodTitle();
    String errorMethodText();
    String errorGoneTitle();
    String errorServerTitle();
    String errorServerText();
    String errorBackHome();
    String documentNotFound();
    String versionNotFound();
    String attachmentNotFound();
    String channelNotFound();
    String badPage(int max);
    String badSize(int max);
    String badInteger(String name);

    // working-day calendar (/api/v1/calendar)
    String calendarDateRequired(String name);
    String calendarBadDate(String name, String value);
    String calendarBadWorkingDays(int max);
    String calendarNoYear(int year, int first, int last);
    String calendarBeforeRegulation();
    String unknownOrganization(String code);
    String unknownChannel(String code);
    String unknownTopic(String code);
    String unknownGenre(String code);
    String unknownType(String type);
    String searchQueryTooLong(int max);

    String searchTooLongHelp(int length);

    String searchFirstPart(int max);

    String searchMoreAsk();
    String searchTooDeep(int max);
    String badSort();
    String badYear();
    String badCode(String name);

    String errorUnauthorizedTitle();
    String errorForbiddenTitle();
    String errorForbiddenText();
    String errorConflictTitle();
    String errorTooLargeTitle();
    String errorTooManyTitle();

    // accounts and login
    String loginRequired();
    String loginFailed();
    String loginThrottled(int minutes);
    String loginThrottledSeconds(long seconds);
    String badUsername();
    String weakPassword(int min);
    String passwordCurrentWrong();
    String passwordCurrentMissing();
    String passwordNewMissing();
    String passwordMismatch();
    String passwordUnchanged();
    String passwordNotLocal();
    String badDisplayName(int max);
    String usernameTaken(String name);
    String accountsInRealm();
    String forbiddenRole(String role, String organization);
    String forbiddenSiteRole(String role);
    String forbiddenDraft();

    // drafts and review
    String draftFieldRequired(String field);
    String fieldNotChosen(String field);
    String draftVersionMissing();
    String draftFieldTooLong(String field, int max);
    String draftFieldControl(String field);
    String draftFieldInvalid(String field);
    String fieldBadFormat(String field);
    String draftBadDate(String field);

    String dateYearOutOfRange(String field, int first, int last);

    String writtenOnInFuture(String field);
    String draftPolicyNeeds(String field);
    String draftWithheldNeedsReason();
    String draftSensitiveUnacknowledged(int count);
    String draftChangeNoteRequired();
    String draftSameReviewer();
    String draftReturnNeedsComment();
    String draftOwnReview();
    String draftNotFound();
    String draftNotEditable(String status);

    String revisionOfWithdrawn();

    String channelNameTaken(String name);

    String interpretsOnlyForInterpretation();

    String documentReferenceNotFound(String value);

    String documentReferenceAmbiguous(String value);

    String documentReferenceNotListed(String value);

    String interpretsNotAPolicy();
    String draftNotInReview(String status);
    String draftStale(String who, String when);
    String draftBodyTooManyLines(int max, int lines);
    String withdrawNeedsReason();
    String documentNotPublished();
    String channelClosed(String name);
    String attachmentMissing();
    String attachmentTooLarge(int mb);
    String attachmentType();

    String imageUnreadable();
    String attachmentZipTooComplex();
    String attachmentTitle();

    // workbench

    // channels in the workbench
    String channelAlreadyOwned(String organization);
    String channelMergeInvalid();
    String channelChangeNeedsReason();
    String channelNameInvalid();

    // members
    String memberBadRole();
    String memberNoAccount(String username);
    String memberNotFound();
    String memberNotSelf();
    String memberNotOwnAccount();
    String memberLastAdmin();

    // audit

    // forms and the API: CSRF and formats
    String csrfRefused();
    String formExpiredWritten();
    String formExpiredBack();
    String formExpiredValue(int n);
    String apiNeedsJson();
    String apiNeedsCsrfHeader();

    // enum labels: key is method name, '_', constant

    // reading aids: breadcrumb, document tools, 长辈版, 无障碍, kiosk
    String breadcrumbLabel();
    String breadcrumbHere();
    String metaCaption();
    String docTools();
    String docPrint();
    String printPage();
    String docPrintHint();
    String docFontSize();
    String fontLarge();
    String fontMedium();
    String fontSmall();
    String fontSizeName(String size);
    String docShare();
    String docVerify();
    String docVerifyHint();
    String elderOn();
    String elderOff();
    String accessibilityTitle();
    String accessibilityStandard();
    String accessibilityFeatures();
    String accessibilityKeyboard();
    String accessibilityElder();
    String accessibilityText();
    String accessibilityFeedback();
    String footerAccessibility();
    String searchRanAs(String meant);
    String searchInsteadFor(String typed);
    String kioskTitle();
    String kioskHome();
    String kioskLatest();
    String kioskChannels();
    String kioskPrevious();
    String kioskNext();
    String kioskIdle();
    String kioskPageOf(int page, int pages);

    // form fields (web.FormFields)
    String fieldRequired();
    String fieldTooLong(int max);
    String fieldBadDate();

    String publicationFourEyes();

    String publicationAlreadyPublished();

    String publicationPending();

    String publicationPublish();
    String publicationPublishConfirm();

    String trackingCodesHint();

    String publicationPublishedBy(String who);

    String catalogCountsHint();

    String searchAbsentWords(java.util.List<String> words);

    String publicationPeriodOver();

    String publicationSensitive(String words);

    String publicationSensitiveNotice(String words);

    String publicationSensitiveChecked();

    String publicationAwaiting();

    String publicationSameReviewer();

    String publicationLevels(int approved, int of);

    String publicationPublishLevel();

    // a citizen's form refused for its token (web.FormTokens), the same on every such form
    String formTooFast();

    String formExpired();

    String formInvalid();

    /** A look-up by tracking code and secret refused by web.LookupThrottle: a message's or a request's, one wording. */
    String lookupThrottled();
}
