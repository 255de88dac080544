package org.zwgk.portal.annualreport;

import io.quarkus.qute.i18n.MessageBundles;
import org.zwgk.portal.web.CsvWriter;

import java.math.BigDecimal;

/**
 * All tables of a report as one CSV: section 2, table 3, section 4 (counts only, never a person),
 * through the portal's one {@link CsvWriter} (UTF-8 with BOM, RFC 4180, formula-like text guarded).
 */
final class AnnualReportCsv {

    private AnnualReportCsv() {
    }

    static String all(AnnualReportService.View v) {
        AnnualReportMessages t = MessageBundles.get(AnnualReportMessages.class);
        return CsvWriter.text(csv -> {
            v.table3().writeTo(csv);
            csv.row();
            csv.row(t.nbSection2(), t.nbMade(), t.nbRepealed(), t.nbValid());
            for (var row : java.util.List.of(java.util.Map.entry(t.nbRules(), v.proactive().rules()),
                    java.util.Map.entry(t.nbNormative(), v.proactive().normative()))) {
                csv.row(row.getKey(), row.getValue().made(), row.getValue().repealed(), row.getValue().valid());
            }
            csv.row(t.nbPermits() + "：" + t.nbDecisions(), v.proactive().permits());
            csv.row(t.nbPenalties() + "：" + t.nbDecisions(), v.proactive().penalties());
            for (String k : AnnualReportService.HAND_KEYS) {
                csv.row(t.nbFigure(k), figure(v.figure(k)));
            }
        });
    }

    /** A typed figure: a number stays a number; anything else is text (and guarded as such). */
    private static Object figure(String typed) {
        String s = typed == null ? "" : typed.strip();
        return s.matches("-?\\d{1,18}(\\.\\d{1,10})?") ? new BigDecimal(s) : s;
    }
}
