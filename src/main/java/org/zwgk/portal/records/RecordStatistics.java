package org.zwgk.portal.records;

import org.zwgk.portal.organizations.Organization;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Counts over published records for reports: how many decisions of a type (行政许可 {@code xzxk},
 * 行政处罚 {@code xzcf}) an organization made in a year, by the record's decision date (not by when
 * it was published here). Records published and later withdrawn are not counted; records whose
 * public period ended are (the decision was still made that year).
 */
public final class RecordStatistics {

    private RecordStatistics() {
    }

    /** {@code scope} null: every organization. */
    public static long decisionsIn(String typeCode, String dateField, List<Organization> scope, int year) {
        List<String> values = scope == null
                ? RecordEntry.<RecordEntry>list("typeCode = ?1 and publicState = ?2", typeCode, RecordEntry.PublicState.PUBLISHED)
                        .stream().map(r -> r.publishedValues).toList()
                : scope.isEmpty() ? List.of()
                : RecordEntry.<RecordEntry>list("typeCode = ?1 and publicState = ?2 and organization in ?3", typeCode,
                        RecordEntry.PublicState.PUBLISHED, scope).stream().map(r -> r.publishedValues).toList();
        long n = 0;
        for (String json : values) {
            if (json == null) {
                continue;
            }
            Map<String, String> v = RecordJson.read(json);
            String date = v.get(dateField);
            try {
                if (date != null && LocalDate.parse(date.strip()).getYear() == year) {
                    n++;
                }
            } catch (DateTimeParseException e) {
                // a value the validator let through in another format is not a decision date we can place
            }
        }
        return n;
    }
}
