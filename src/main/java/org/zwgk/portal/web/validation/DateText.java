package org.zwgk.portal.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;

/**
 * A date as an HTML date input sends it (2018-08-02), or with {@code withTime} a local date and time
 * as a datetime-local input sends it (2018-08-02T09:00); blank passes. The year is one a government
 * text can have, 1900 to 2199 (security audit: +999999999-01-01T00:00 was taken as a publication time).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateText.Check.class)
public @interface DateText {
    boolean withTime() default false;

    String message() default "bad date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2199;

    class Check implements ConstraintValidator<DateText, String> {
        private boolean withTime;

        @Override
        public void initialize(DateText annotation) {
            withTime = annotation.withTime();
        }

        /** The year of the text when it is a date (or date and time) at all; empty when it is not. */
        public static OptionalInt year(String value, boolean withTime) {
            try {
                String text = value.strip();
                return OptionalInt.of(withTime ? LocalDateTime.parse(text).getYear() : LocalDate.parse(text).getYear());
            } catch (DateTimeParseException e) {
                return OptionalInt.empty();
            }
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            OptionalInt year = year(value, withTime);
            return year.isPresent() && year.getAsInt() >= FIRST_YEAR && year.getAsInt() <= LAST_YEAR;
        }
    }
}
