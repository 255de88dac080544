package org.zwgk.portal.web.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Bean Validation for what users type: every failing field at once, each with the Chinese message of
 * its constraint and the field's label, so a form can show each message next to its field and the
 * API can list them.
 */
@ApplicationScoped
public class InputValidation {

    private final Validator validator;

    public InputValidation(Validator validator) {
        this.validator = validator;
    }

    /** The input's violations as field problems, in the order of the input's fields. */
    public <T> List<UserError.Invalid> problems(T input, Function<String, String> labelOf) {
        List<UserError.Invalid> out = new ArrayList<>();
        List<String> order = java.util.Arrays.stream(input.getClass().getFields()).map(java.lang.reflect.Field::getName).toList();
        validator.validate(input).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<T> v) -> order.indexOf(v.getPropertyPath().toString()))
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
                .forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    if (out.stream().noneMatch(p -> p.field().equals(field))) {
                        out.add(new UserError.Invalid(field, message(v.getConstraintDescriptor().getAnnotation(), labelOf.apply(field),
                                chosen(input.getClass(), field), v.getInvalidValue())));
                    }
                });
        return out;
    }

    /** Throws one 400 naming every problem, or returns when there is none. */
    public static void requireNone(List<UserError.Invalid> problems) {
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
    }

    /** Whether the field is picked from a list on the form (a select), so an empty one is 请选择. */
    public static boolean chosen(Class<?> type, String field) {
        try {
            java.lang.reflect.Field f = type.getField(field);
            return f.isAnnotationPresent(OneOf.class) || f.isAnnotationPresent(Chosen.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Function<Messages, String> message(Annotation constraint, String label, boolean chosen, Object value) {
        if (constraint instanceof NotBlank || constraint instanceof NotNull) {
            return chosen ? m -> m.fieldNotChosen(label) : m -> m.draftFieldRequired(label);
        }
        if (constraint instanceof Size size) {
            return m -> m.draftFieldTooLong(label, size.max());
        }
        if (constraint instanceof PlainText) {
            return m -> m.draftFieldControl(label);
        }
        if (constraint instanceof jakarta.validation.constraints.Pattern) {
            return m -> m.fieldBadFormat(label);
        }
        if (constraint instanceof DateText date && DateText.Check.year(String.valueOf(value), date.withTime()).isPresent()) {
            // 1800-01-01 is a date: its year is what is wrong (editor walk: told 日期格式不正确)
            return m -> m.dateYearOutOfRange(label, DateText.FIRST_YEAR, DateText.LAST_YEAR);
        }
        if (constraint instanceof DateText) {
            return m -> m.draftBadDate(label);
        }
        return m -> m.draftFieldInvalid(label);
    }
}
