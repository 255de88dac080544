package org.zwgk.portal.web;

import jakarta.ws.rs.core.MultivaluedMap;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Fills an input type's public fields from a posted form by name, so one input class serves a page's
 * form and the JSON API (which Jackson fills the same way). Text stays as typed; the input's own
 * Bean Validation constraints judge it.
 */
public final class FormBinding {

    private FormBinding() {
    }

    public static <T> T bind(MultivaluedMap<String, String> form, Class<T> type) {
        try {
            T input = type.getDeclaredConstructor().newInstance();
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                String value = form == null ? null : form.getFirst(f.getName());
                f.set(input, convert(f, value));
            }
            return input;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("form input type " + type.getName(), e);
        }
    }

    private static Object convert(Field f, String value) {
        Class<?> t = f.getType();
        if (t == String.class) {
            return value;
        }
        if (value == null || value.isBlank()) {
            return t == boolean.class ? false : null;
        }
        try {
            if (t == Long.class || t == long.class) {
                return Long.parseLong(value.strip());
            }
            if (t == Integer.class || t == int.class) {
                return Integer.parseInt(value.strip());
            }
        } catch (NumberFormatException e) {
            throw UserError.badInput(f.getName(), m -> m.badInteger(f.getName()));
        }
        if (t == Boolean.class || t == boolean.class) {
            return checked(value);
        }
        throw new IllegalStateException("unsupported form field type " + t + " of " + f);
    }

    /** A checkbox as a browser sends it ({@code on}) or a script does ({@code true}). */
    public static boolean checked(String value) {
        return "true".equals(value) || "on".equals(value);
    }

    /**
     * A version a form carries back (the one its page showed): a whole number, or -1 for anything else, which
     * no stored version is (an altered form is refused as a stale one); null when the form has none.
     */
    public static Long version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.matches("\\d{1,18}") ? Long.valueOf(v) : -1L;
    }
}
