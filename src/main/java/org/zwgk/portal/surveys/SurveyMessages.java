package org.zwgk.portal.surveys;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of 问卷调查 ({@code svy:…} in templates; texts in svy_zh_CN.properties). */
@MessageBundle(value = "svy", locale = "zh-CN")
public interface SurveyMessages {

    String state(Survey.State value);
    String kind(SurveyQuestion.Kind value);

    /** What is moderated here, in the shared contribution texts ({@code ctb:…}). */
    String contribution();

    String listTitle();
    String listIntro();
    String listNone();
    String colTitle();
    String colOrganization();
    String colPeriod();
    String colState();
    String period(java.time.LocalDate from, java.time.LocalDate to);
    String requiredMark();

    /** A question that takes more than one choice says so (browser walk: 多选 looked like 单选 until clicked). */
    String multipleMark();
    String formTitle();
    String formHint();
    String send();
    String received();
    String answeredBefore();

    String answerAgain();
    String formErrors(int count);
    String notYetOpen();
    String closedNotice();
    String resultsLink();
    String resultsTitle(String title);
    String resultsNotYet();
    String responses(long count);
    String respondents(long count);
    String chartItem(String label, long count, int percent);
    String colOption();
    String colCount();
    String colPercent();
    String textAnswers(int count);
    String textAnswersNone();
    String navSurveys();
    String newTitle();
    String fieldOrganization();
    String fieldTitle();
    String fieldDescription();
    String fieldOpensOn();
    String fieldClosesOn();
    String fieldQuestions();
    String questionsHelp();
    String create();
    String createdBy(String who);
    String workbenchNone();
    String preview();

    String badOrganization();
    String questionsRequired();
    String optionWithoutChoice(int line);
    String badOption(int line);
    String tooFewOptions(int number);
    String tooManyOptions(int number, int max);
    String duplicateOption(int number);
    String badQuestionLine(int line);
    String badPrompt(int line);
    String tooManyQuestions(int max);
    String closesBeforeOpens();
    String closesInPast();
    String notFound();
    String fourEyes();
    String notOpen();
    String answerRequired(int number);
    String answerTooLong(int number, int max);
    String answerControl(int number);
    String badChoice(int number);
    String nothingAnswered();
    String alreadyAnswered();
    String formUsed();
    String throttled();
}
