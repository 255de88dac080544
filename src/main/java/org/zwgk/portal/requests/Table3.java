package org.zwgk.portal.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Table 3 of the 政府信息公开工作年度报告 (收到和处理政府信息公开申请情况), template of
 * 国办公开办函〔2021〕30号: one column per applicant type and the total, one row per line of the
 * template. The template's own cross-check holds by construction and is checked again:
 * 上年结转 + 本年新收 = 办理结果总计 + 结转下年度继续办理.
 */
public final class Table3 {

    /** The template's rows in order; answer rows carry their answer kind and reason. */
    public enum Row {
        NEW(null, null), CARRIED_OVER(null, null),
        DISCLOSED(AnswerType.DISCLOSED, null), PARTLY_DISCLOSED(AnswerType.PARTLY_DISCLOSED, null),
        STATE_SECRET(AnswerType.WITHHELD, AnswerReason.STATE_SECRET), FORBIDDEN_BY_LAW(AnswerType.WITHHELD, AnswerReason.FORBIDDEN_BY_LAW),
        ENDANGERS_SECURITY(AnswerType.WITHHELD, AnswerReason.ENDANGERS_SECURITY), THIRD_PARTY_RIGHTS(AnswerType.WITHHELD, AnswerReason.THIRD_PARTY_RIGHTS),
        INTERNAL_AFFAIRS(AnswerType.WITHHELD, AnswerReason.INTERNAL_AFFAIRS), PROCESS_INFORMATION(AnswerType.WITHHELD, AnswerReason.PROCESS_INFORMATION),
        ENFORCEMENT_FILE(AnswerType.WITHHELD, AnswerReason.ENFORCEMENT_FILE), ADMINISTRATIVE_QUERY(AnswerType.WITHHELD, AnswerReason.ADMINISTRATIVE_QUERY),
        NOT_HELD(AnswerType.UNABLE, AnswerReason.NOT_HELD), NEEDS_NEW_MAKING(AnswerType.UNABLE, AnswerReason.NEEDS_NEW_MAKING),
        STILL_UNCLEAR(AnswerType.UNABLE, AnswerReason.STILL_UNCLEAR),
        COMPLAINT(AnswerType.NOT_HANDLED, AnswerReason.COMPLAINT), REPEATED(AnswerType.NOT_HANDLED, AnswerReason.REPEATED),
        PUBLICATIONS(AnswerType.NOT_HANDLED, AnswerReason.PUBLICATIONS), MASS_REPEATED(AnswerType.NOT_HANDLED, AnswerReason.MASS_REPEATED),
        CONFIRM_OR_REISSUE(AnswerType.NOT_HANDLED, AnswerReason.CONFIRM_OR_REISSUE),
        NO_CORRECTION(AnswerType.OTHER, AnswerReason.NO_CORRECTION), FEE_UNPAID(AnswerType.OTHER, AnswerReason.FEE_UNPAID),
        OTHER(AnswerType.OTHER, AnswerReason.OTHER),
        HANDLED_TOTAL(null, null), CARRIED_FORWARD(null, null);

        public final AnswerType type;
        public final AnswerReason reason;

        Row(AnswerType type, AnswerReason reason) {
            this.type = type;
            this.reason = reason;
        }

        static Row of(AnswerType type, AnswerReason reason) {
            for (Row r : values()) {
                if (r.type == type && (r.reason == null || reason != null && r.reason == reason.reported())) {
                    return r;
                }
            }
            return OTHER;
        }
    }

    private final int year;
    private final int[][] counts = new int[Row.values().length][ApplicantType.values().length + 1];

    private Table3(int year) {
        this.year = year;
    }

    /** The table of these requests for {@code year}, by day of receipt and day of answer. */
    public static Table3 of(int year, List<InfoRequest> requests) {
        Table3 t = new Table3(year);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        for (InfoRequest r : requests) {
            if (r.receivedOn == null || r.receivedOn.isAfter(end)) {
                continue;
            }
            int col = r.applicantType.ordinal();
            boolean answered = r.answeredOn != null && r.answerType != null;
            if (answered && r.answeredOn.isBefore(start)) {
                continue; // closed before the year
            }
            if (r.receivedOn.isBefore(start)) {
                t.add(Row.CARRIED_OVER, col);
            } else {
                t.add(Row.NEW, col);
            }
            if (answered && !r.answeredOn.isAfter(end)) {
                t.add(Row.of(r.answerType, r.answerReason), col);
                t.add(Row.HANDLED_TOTAL, col);
            } else {
                t.add(Row.CARRIED_FORWARD, col);
            }
        }
        return t;
    }

    private void add(Row row, int col) {
        counts[row.ordinal()][col]++;
        counts[row.ordinal()][ApplicantType.values().length]++;
    }

    public int year() {
        return year;
    }

    /** A cell; {@code column} = an applicant type's ordinal, or 6 for the total. */
    public int get(Row row, int column) {
        return counts[row.ordinal()][column];
    }

    public int total(Row row) {
        return counts[row.ordinal()][ApplicantType.values().length];
    }

    public List<Integer> cells(Row row) {
        return Arrays.stream(counts[row.ordinal()]).boxed().toList();
    }

    public List<Row> rows() {
        return Arrays.asList(Row.values());
    }

    /** Columns whose 上年结转 + 本年新收 ≠ 总计 + 结转下年度; empty when the table adds up. */
    public List<Integer> crossCheckFailures() {
        List<Integer> bad = new ArrayList<>();
        for (int c = 0; c <= ApplicantType.values().length; c++) {
            int answers = 0;
            for (Row r : Row.values()) {
                if (r.type != null) {
                    answers += counts[r.ordinal()][c];
                }
            }
            if (counts[Row.CARRIED_OVER.ordinal()][c] + counts[Row.NEW.ordinal()][c]
                    != counts[Row.HANDLED_TOTAL.ordinal()][c] + counts[Row.CARRIED_FORWARD.ordinal()][c]
                    || answers != counts[Row.HANDLED_TOTAL.ordinal()][c]) {
                bad.add(c);
            }
        }
        return bad;
    }

    /** The table as CSV through the portal's one {@link org.zwgk.portal.web.CsvWriter} (UTF-8 with BOM), labels from the bundle. */
    public String csv() {
        return org.zwgk.portal.web.CsvWriter.text(this::writeTo);
    }

    /** The table's rows into a CSV file being written (the annual report puts more tables after it). */
    public void writeTo(org.zwgk.portal.web.CsvWriter csv) {
        RequestMessages m = Ysq.text();
        List<Object> head = new java.util.ArrayList<>();
        head.add(m.table3Corner());
        for (ApplicantType t : ApplicantType.values()) {
            head.add(m.applicantType(t));
        }
        head.add(m.table3Total());
        csv.row(head);
        for (Row r : Row.values()) {
            List<Object> row = new java.util.ArrayList<>();
            row.add(m.table3Row(r));
            for (int v : counts[r.ordinal()]) {
                row.add(v);
            }
            csv.row(row);
        }
    }
}
