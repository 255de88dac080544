package org.zwgk.portal.annualreport;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the annual report pages ({@code ysqnb:…}; texts in ysqnb_zh_CN.properties). */
@MessageBundle(value = "ysqnb", locale = "zh-CN")
public interface AnnualReportMessages {

    String nbTitle();
    String nbReportTitle(String organization, int year);
    String nbWholeCity();
    String nbDue(String day);
    String nbWarning(String organization, int year, String due, long days);
    String nbLate(String organization, int year, String due);
    String nbOpen(int year);
    String nbSection1();
    String nbSection2();
    String nbSection3();
    String nbSection4();
    String nbSection5();
    String nbSection6();
    String nbFigure(String key);
    String nbOverdue();
    String nbRemedyKind(String kind);
    String nbRemedyResult(String result);
    String nbSave();
    String nbMakeDraft();
    String nbDraftNote();

    String nbOpenDraft();

    String nbOpenDraftButton();
    String nbCsv();
    String nbCrossCheck(boolean ok);
    String nbColumnItem();
    String nbMade();
    String nbRepealed();
    String nbValid();
    String nbNormative();
    String nbRules();
    String nbDecisions();
    String nbPermits();
    String nbPenalties();
    String nbCoercions();
    String nbFees();
    String nbFeeAmount();
    String nbHandEntered();
    String nbUnfilled(String sections);
    String nbComputedNote();
    String nbBadFigure(String label);
    String nbYearRange();
    String nbNoChannel(String channel);
    String nbSaved();
    String nbNotStaff();
    String nbNoOrganization();
    String nbReviewHead();
    String nbLitigationDirect();
    String nbLitigationAfterReview();
    String nbResultKept();
    String nbResultCorrected();
    String nbResultOther();
    String nbResultPending();
    String nbResultTotal();
}
