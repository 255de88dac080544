package org.zwgk.portal.plans;

import org.zwgk.portal.web.CsvWriter;

import java.util.List;

/** The dashboard as a CSV file, through the portal's one {@link CsvWriter} (UTF-8 with BOM, RFC 4180). */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String write(PlanViews.Dashboard d, PlanMessages text) {
        return CsvWriter.text(csv -> {
            csv.row(text.byUnit() + "/" + text.byTask(), text.colUnit() + "/" + text.colTask(), text.colRows(),
                    text.colNotStarted(), text.colInProgress(), text.colDone(), text.colOverdue(), text.colMaxDays());
            rows(csv, text.byUnit(), d.byUnit());
            rows(csv, text.byTask(), d.byTask());
        });
    }

    private static void rows(CsvWriter csv, String kind, List<PlanViews.Count> counts) {
        for (PlanViews.Count c : counts) {
            csv.row(kind, c.name(), c.rows(), c.notStarted(), c.inProgress(), c.done(), c.overdue(), c.maxDaysOverdue());
        }
    }
}
