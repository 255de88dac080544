package org.zwgk.portal.records;

import io.quarkus.qute.i18n.MessageBundles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Checks a record's values against its type: unknown fields, required fields, each kind's form
 * (dates, amounts, codes, options, references to organizations and documents) and length. Values are
 * trimmed and normalized (amounts without trailing zeros, references to their canonical form).
 * Pure: lookups of organizations and documents come in as functions, once per batch.
 */
public final class RecordValidator {

    /** One wrong field, with what to tell the person who sent it. */
    public record FieldError(String field, String label, String message) {
    }

    /** The values as they will be stored, or what is wrong with them. */
    public record Result(Map<String, String> values, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * @param organization an organization code or full name to its code, or null when there is none
     * @param document     a document id or 索引号 to the id of a listed document, or null
     */
    public record Lookups(UnaryOperator<String> organization, UnaryOperator<String> document) {
        static Lookups none() {
            return new Lookups(c -> c, d -> d);
        }
    }

    private RecordValidator() {
    }

    public static Result validate(RecordType type, Map<String, String> raw, Lookups lookups) {
        RecordMessages m = MessageBundles.get(RecordMessages.class);
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (type.fieldByNameOrLabel(e.getKey()).isEmpty() && e.getValue() != null && !e.getValue().isBlank()) {
                errors.add(new FieldError(e.getKey(), e.getKey(), m.unknownField(e.getKey())));
            }
        }
        for (FieldSpec f : type.fields()) {
            String v = value(raw, f);
            if (v == null) {
                if (f.required()) {
                    errors.add(new FieldError(f.name(), f.label(), m.required(f.label())));
                }
                continue;
            }
            String problem = null;
            String normalized = v;
            switch (f.kind()) {
                case TEXT, PERSON_NAME -> {
                    if (v.codePointCount(0, v.length()) > f.max()) {
                        problem = m.tooLong(f.label(), f.max());
                    } else if (!org.zwgk.portal.web.validation.PlainText.Check.isPlain(v)) {
                        problem = m.controlCharacters(f.label());
                    } else if (f.kind() == FieldKind.PERSON_NAME && (v.length() > 40 || v.chars().anyMatch(Character::isDigit))) {
                        problem = m.badPersonName(f.label());
                    } else if (f.pattern() != null && !f.pattern().matcher(v).matches()) {
                        problem = m.badCode(f.label());
                    }
                }
                case DATE -> {
                    try {
                        LocalDate d = LocalDate.parse(v);
                        if (d.getYear() < 1949 || d.getYear() > 2100) {
                            problem = m.badDate(f.label());
                        }
                        normalized = d.toString();
                    } catch (DateTimeParseException ex) {
                        problem = m.badDate(f.label());
                    }
                }
                case AMOUNT -> {
                    try {
                        BigDecimal a = new BigDecimal(v.replace(",", ""));
                        if (a.signum() < 0 || a.scale() > 6 || a.precision() - a.scale() > 14) {
                            problem = m.badAmount(f.label());
                        } else {
                            normalized = a.stripTrailingZeros().toPlainString();
                        }
                    } catch (NumberFormatException ex) {
                        problem = m.badAmount(f.label());
                    }
                }
                case CODE -> {
                    if (!(f.pattern() == null ? RecordTypes.DEFAULT_CODE : f.pattern()).matcher(v).matches()) {
                        problem = m.badCode(f.label());
                    }
                }
                case ENUM -> {
                    if (!f.options().contains(v)) {
                        problem = m.notAnOption(f.label(), String.join("、", f.options()));
                    }
                }
                case ORGANIZATION_REF -> {
                    normalized = lookups.organization().apply(v);
                    if (normalized == null) {
                        problem = m.unknownOrganization(f.label(), v);
                    }
                }
                case DOCUMENT_REF -> {
                    normalized = lookups.document().apply(v);
                    if (normalized == null) {
                        problem = m.unknownDocument(f.label(), v);
                    }
                }
            }
            if (problem != null) {
                errors.add(new FieldError(f.name(), f.label(), problem));
            } else {
                values.put(f.name(), normalized);
            }
        }
        return new Result(values, errors);
    }

    private static String value(Map<String, String> raw, FieldSpec f) {
        String v = raw.get(f.name());
        if (v == null) {
            v = raw.get(f.label());
        }
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    static Predicate<String> nonBlank() {
        return s -> s != null && !s.isBlank();
    }
}
