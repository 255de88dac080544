package org.zwgk.portal.web;

/**
 * Cells of the CSV files the portal hands out. Excel and WPS run a cell that starts with = + - @ (or a
 * tab or carriage return before one) as a formula; text a citizen or a business system typed must
 * never do that on an official's computer, so such a cell gets a leading apostrophe, which spreadsheet
 * programs show as plain text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && !value.matches("-\\d+(\\.\\d+)?"));
        return formula ? "'" + value : value;
    }
}
