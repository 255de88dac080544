package org.zwgk.portal.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Text without invisible control characters (line breaks and tabs are text). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {
    String message() default "control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlain(value);
        }

        /** The rule itself, for text that is not a bound form field (a citizen's comment, a 补正). */
        public static boolean isPlain(String value) {
            return value == null || value.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f);
        }
    }
}
