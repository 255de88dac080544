package org.zwgk.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The checks of plain workbench form fields that are not bound to a Bean Validation input type: each
 * wrong field adds its problem to the list, so the form names every wrong field at once.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The text stripped, or null with a problem when it is blank or longer than {@code max}. */
    public static String requiredText(String value, int max, String field, List<UserError.Invalid> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new UserError.Invalid(field, Messages::fieldRequired));
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(new UserError.Invalid(field, m -> m.fieldTooLong(max)));
            return null;
        }
        return value.strip();
    }

    /** The text stripped, null when blank, or null with a problem when longer than {@code max}. */
    public static String optionalText(String value, int max, String field, List<UserError.Invalid> problems) {
        return value == null || value.isBlank() ? null : requiredText(value, max, field, problems);
    }

    /** Dates a form may set: a typo such as 0000-01-01 or 20266-01-01 is a mistake, not a plan. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The ISO date (2026-01-31) between {@value #FIRST_YEAR} and {@value #LAST_YEAR}, or null with a problem. */
    public static LocalDate date(String value, String field, List<UserError.Invalid> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new UserError.Invalid(field, Messages::fieldRequired));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value == null ? "" : value.strip());
            if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // the same answer as a date out of range
        }
        problems.add(new UserError.Invalid(field, Messages::fieldBadDate));
        return null;
    }
}
