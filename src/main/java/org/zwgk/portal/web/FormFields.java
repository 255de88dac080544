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

    /** The ISO date (2026-01-31), or null with a problem. */
    public static LocalDate date(String value, String field, List<UserError.Invalid> problems) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new UserError.Invalid(field, Messages::fieldBadDate));
            return null;
        }
    }
}
