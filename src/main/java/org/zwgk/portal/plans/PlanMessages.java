package org.zwgk.portal.plans;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the plans' pages, API errors and CSV ({@code plan:…} in templates; texts in plan_zh_CN.properties). */
@MessageBundle(value = "plan", locale = "zh-CN")
public interface PlanMessages {

    String status(ResultStatus value);
    String role(String role);
    String overdueDays(long days);
    String plans();
    String plansIntro();
    String noPlans();
    String planMeta(String organization, String docNumber);
    String toDashboard();
    String toApi();
    String pastYear(int year);
    String notReportedInTime();

    String colGoal();
    String colTask();
    String colNumber();
    String colContent();
    String colLead();
    String colResponsible();
    String colDue();
    String colStatus();
    String rowTitle(int number);
    String dueFrom(String words);

    /** A row whose text names no time: the plan year's end (citizen walk: it read 据“未写明，取计划年度末”). */
    String dueUnstated();
    String dueNote();
    String groupCounts(int done, int inProgress, int notStarted);
    String groupMembers();

    String results();
    String noResults();
    String evidence();
    String resultBy(String organization);
    String disclosureOf(String label);

    String report();
    String reportIntro();
    String reportOrganization();
    String reportStatus();
    String reportTitle();
    String reportBody();
    String reportEvidence();
    String reportEvidenceHint();
    String reportSubmit();
    String reportLogin();
    String reportNoOrganization();

    String dashboard();
    String dashboardIntro(String date);
    String byUnit();
    String byTask();
    String colUnit();
    String colRows();
    String colNotStarted();
    String colInProgress();
    String colDone();
    String colOverdue();
    String colMaxDays();
    String downloadCsv();
    String policiesWithout();
    String policiesWithoutIntro();
    String policiesWithoutNone();
    String colPolicy();
    String colOrganization();
    String colPublished();
    String colDays();

    String decisions();
    String decisionRow(int row);
    String decisionPlan();
    String unitRows(String organization);
    String unitNoRows();

    String evidenceFor(String plan, int number);
    String resultFor(String plan, int number);

    String planNotFound();
    String rowNotFound(int number);

    String rowNumberInvalid(String number);
    String unknownOrganization(String code);
    String notNamedOnRow(String organization, int number);
    String noResultChannel(String organization);
    String badStatus();
    String tooMuchEvidence(int max);
    String defaultResultTitle(int year, int number, String organization);
    String bodyRow(String plan, int number, String url);
    String bodyStatus(String status);

    /** A result's text no longer states the 进展 reported ({@code status}: the line as generated). */
    String resultStatusKept(String status, int number);
    String resultEvidenceKept(String title, int number);
    /** On the result draft's page: what the plan shows once it is published. */
    String resultOnPublish(String plan, int number, String organization, String status, int evidence);
}
