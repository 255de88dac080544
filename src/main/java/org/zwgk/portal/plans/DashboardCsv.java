package org.zwgk.portal.plans;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The dashboard as a CSV file (Apache Commons CSV, RFC 4180). The caller sends it as UTF-8 with a
 * byte order mark, so Excel opens the Chinese text correctly.
 */
final class DashboardCsv {

    static final String BOM = "\uFEFF";

    private DashboardCsv() {
    }

    static String write(PlanViews.Dashboard d, PlanMessages text) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(text.byUnit() + "/" + text.byTask(), text.colUnit() + "/" + text.colTask(), text.colRows(),
                    text.colNotStarted(), text.colInProgress(), text.colDone(), text.colOverdue(), text.colMaxDays());
            rows(csv, text.byUnit(), d.byUnit());
            rows(csv, text.byTask(), d.byTask());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rows(CSVPrinter csv, String kind, List<PlanViews.Count> counts) throws IOException {
        for (PlanViews.Count c : counts) {
            csv.printRecord(kind, c.name(), c.rows(), c.notStarted(), c.inProgress(), c.done(), c.overdue(), c.maxDaysOverdue());
        }
    }
}
