package org.zwgk.portal.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as its content file says it, before it is checked against the organizations: the content
 * importer reads {@code content/plans/*.yaml} into this and hands it to {@link PlanImport}.
 */
public record PlanSpec(String file, String code, String title, int year, String organization, String docNumber,
                       LocalDate issuedOn, List<Group> groups, List<Goal> goals, List<Decision> decisions) {

    public record Group(String code, String name, List<String> members) {
    }

    public record Goal(int number, String label, String title, List<Task> tasks) {
    }

    public record Task(int number, String label, String title, List<Row> rows) {
    }

    /** lead and responsible name organization codes or the plan's group codes. */
    public record Row(int line, int number, String text, String leadAsWritten, List<String> lead,
                      String responsibleAsWritten, List<String> responsible, LocalDate due, String dueFrom,
                      String dueNote) {
    }

    public record Decision(int row, String seed, String decision) {
    }
}
