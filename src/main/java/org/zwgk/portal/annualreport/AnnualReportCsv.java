package org.zwgk.portal.annualreport;

import io.quarkus.qute.i18n.MessageBundles;

/** All tables of a report as one CSV: section 2, table 3, section 4 (counts only, never a person). */
final class AnnualReportCsv {

    private AnnualReportCsv() {
    }

    static String all(AnnualReportService.View v) {
        AnnualReportMessages t = MessageBundles.get(AnnualReportMessages.class);
        StringBuilder s = new StringBuilder(v.table3().csv()).append("\r\n");
        s.append(q(t.nbSection2())).append(',').append(q(t.nbMade())).append(',').append(q(t.nbRepealed())).append(',')
                .append(q(t.nbValid())).append("\r\n");
        s.append(q(t.nbNormative())).append(',').append(v.proactive().made()).append(',').append(v.proactive().repealed())
                .append(',').append(v.proactive().valid()).append("\r\n");
        for (String k : AnnualReportService.HAND_KEYS) {
            s.append(q(t.nbFigure(k))).append(',').append(v.figure(k)).append("\r\n");
        }
        return s.toString();
    }

    private static String q(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
