package org.zwgk.portal.web;


/** A 1-based page of a listing; built from what a user typed, so bad numbers are a 400, not a 500. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep pages are refused rather than scanned: nobody reads page 100,000 of a listing. */
    public static final int MAX_PAGE = 10_000;

    public static PageRequest parse(String page, String size) {
        int p = intParameter(page, 1, "page");
        int s = intParameter(size, DEFAULT_SIZE, "size");
        if (p < 1 || p > MAX_PAGE) {
            throw UserError.badInput("page", m -> m.badPage(MAX_PAGE));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw UserError.badInput("size", m -> m.badSize(MAX_SIZE));
        }
        return new PageRequest(p, s);
    }

    /** A whole-number query parameter as typed: absent gives the fallback, anything else not a number is a 400. */
    public static int intParameter(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw UserError.badInput(name, m -> m.badInteger(name));
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}
