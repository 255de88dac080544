package org.zwgk.portal.plans;

import java.time.LocalDate;
import java.util.List;

/** What the plan's pages, API and CSV show: read from the database, statuses and 逾期 computed for one day. */
public final class PlanViews {

    private PlanViews() {
    }

    public record Plan(String code, String title, int year, String organization, String docNumber, LocalDate issuedOn,
                       LocalDate today, List<Goal> goals, List<Decision> decisions, String noticeUrl) {

        public List<Row> rows() {
            return goals.stream().flatMap(g -> g.tasks().stream()).flatMap(t -> t.rows().stream()).toList();
        }

        /** The plan's year is over: what was not reported here by now shows as not done, however it went. */
        public boolean pastYear() {
            return today.getYear() > year;
        }
    }

    public record Goal(int number, String label, String title, List<Task> tasks) {

        public int rowCount() {
            return tasks.stream().mapToInt(t -> t.rows().size()).sum();
        }
    }

    public record Task(int number, String label, String title, List<Row> rows) {
    }

    /**
     * A row; {@code units} as the row names them, each with its standing. {@code status} is the row's
     * overall standing: done when every lead unit says done, in progress once any unit has reported.
     */
    public record Row(int number, String goalTitle, String taskLabel, String taskTitle, String text,
                      String leadAsWritten, String responsibleAsWritten, List<Unit> lead, List<Unit> responsible,
                      LocalDate due, String dueFrom, String dueNote, ResultStatus status, long daysOverdue,
                      List<Result> results) {

        public boolean overdue() {
            return daysOverdue > 0;
        }

        public List<String> leadNames() {
            return lead.stream().flatMap(u -> u.organizations().stream()).toList();
        }

        public List<String> responsibleNames() {
            return responsible.stream().flatMap(u -> u.organizations().stream()).toList();
        }
    }

    /**
     * A unit a row names: an organization (one member) or a group with its members. The counts are
     * of the members' own standing on the row.
     */
    public record Unit(String name, String code, boolean group, List<String> organizations, ResultStatus status,
                       long daysOverdue, int notStarted, int inProgress, int done) {

        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    public record Result(long documentId, String organization, String organizationCode, ResultStatus status,
                         String title, String url, java.time.Instant publishedAt, List<Evidence> evidence,
                         String disclosure) {
    }

    public record Evidence(long documentId, String title, String url, String disclosure) {
    }

    public record Decision(int row, String seed, String decision) {
    }

    /** One line of the dashboard: a unit or a task, its rows counted by standing. */
    public record Count(String key, String name, String url, int rows, int notStarted, int inProgress, int done,
                        int overdue, long maxDaysOverdue) {
    }

    public record Dashboard(Plan plan, List<Count> byUnit, List<Count> byTask, List<PolicyWithout> policiesWithoutInterpretation) {
    }

    /** A published policy of a type that wants an interpretation (解读) and has none yet (row 13). */
    public record PolicyWithout(long documentId, String title, String organization, String url, LocalDate publishedOn, long days) {
    }

    /** A row as listed on an organization's page: its own standing there. */
    public record OrgRow(Row row, String role, ResultStatus status, long daysOverdue) {
    }
}
