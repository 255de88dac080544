package org.zwgk.portal.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of structured record (行政许可, 权责清单, 办事指南 …) as declared in
 * {@code content/records/<code>.yaml}: its fields, who may publish it, its disclosure deadline, how
 * long it stays public and how its pages are laid out. Adding a type is adding a file.
 */
public record RecordType(String code, String name, String description, String titleField, List<FieldSpec> fields,
                         Set<String> ownerTypes, Set<String> ownerOrganizations, Deadline deadline, Retention retention,
                         String updateFrequency, Completeness completeness, List<String> listFields,
                         List<String> historyFields, List<Section> sections, String file) {

    /** Published later than {@code workingDays} working days after the date in {@code field} is late. */
    /**
     * Published at the latest {@code workingDays} working days after the date in {@code field}, or {@code days}
     * calendar days where a law counts them so (预算法 §14: a department's budget within 二十日 of its 批复).
     */
    /**
     * Due {@code workingDays} or {@code days} after the date in {@code field}; published when the record went onto
     * the portal, or on the date in {@code publishedField} when the record gives an earlier one (a budget made public
     * on its 公开日期 and catalogued here later is not late).
     */
    public record Deadline(String field, int workingDays, int days, String publishedField) {
    }

    /** Public until {@code years} after the date in {@code field}, or until the date in {@code untilField} when given. */
    public record Retention(String field, int years, String untilField) {
    }

    /**
     * Each organization publishes every {@code required} category of {@code categoryField} for each year; a
     * category in {@code nextYear} is due only in the year after the one it is of (a year's 决算 is
     * approved and published the next year), so the current year does not miss it yet.
     */
    public record Completeness(String yearField, String categoryField, List<String> required, List<String> nextYear) {

        /** The categories due by now for {@code year}, in {@code thisYear}. */
        public List<String> dueFor(int year, int thisYear) {
            return year < thisYear ? required : required.stream().filter(c -> !nextYear.contains(c)).toList();
        }
    }

    public record Section(String title, List<FieldSpec> fields) {
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** A CSV header or JSON key: the field's name, or its Chinese label. */
    public Optional<FieldSpec> fieldByNameOrLabel(String key) {
        String k = key == null ? "" : key.strip();
        return fields.stream().filter(f -> f.name().equals(k) || f.label().equals(k)).findFirst();
    }

    public List<FieldSpec> listColumns() {
        return listFields.stream().map(n -> field(n).orElseThrow()).filter(FieldSpec::isPublic).toList();
    }

    public List<FieldSpec> historyColumns() {
        return historyFields.stream().map(n -> field(n).orElseThrow()).filter(FieldSpec::isPublic).toList();
    }

    public List<FieldSpec> facetFields() {
        return fields.stream().filter(FieldSpec::facetable).filter(FieldSpec::isPublic).toList();
    }

    public List<FieldSpec> publicFields() {
        return fields.stream().filter(FieldSpec::isPublic).toList();
    }

    /** The organization types allowed, as a map for templates. */
    public Map<String, Boolean> ownerTypeMap() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        ownerTypes.forEach(t -> m.put(t, true));
        return m;
    }

    public boolean hasDeadline() {
        return deadline != null;
    }
}
