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
        for (var row : java.util.List.of(java.util.Map.entry(t.nbRules(), v.proactive().rules()),
                java.util.Map.entry(t.nbNormative(), v.proactive().normative()))) {
            s.append(q(row.getKey())).append(',').append(row.getValue().made()).append(',').append(row.getValue().repealed())
                    .append(',').append(row.getValue().valid()).append("\r\n");
        }
        s.append(q(t.nbPermits() + "：" + t.nbDecisions())).append(',').append(v.proactive().permits()).append("\r\n");
        s.append(q(t.nbPenalties() + "：" + t.nbDecisions())).append(',').append(v.proactive().penalties()).append("\r\n");
        for (String k : AnnualReportService.HAND_KEYS) {
            s.append(q(t.nbFigure(k))).append(',').append(v.figure(k)).append("\r\n");
        }
        return s.toString();
    }

    private static String q(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
