package org.zwgk.portal.calendar;

import java.nio.file.Path;

/**
 * A date falls in a year without a holiday calendar file. Deadlines are never counted on plain
 * weekdays: the caller says so instead.
 */
public class NoCalendarForYear extends RuntimeException {

    private final int year;

    NoCalendarForYear(int year, Path missingFile) {
        super("no holiday calendar for " + year + ": add " + missingFile, null, false, false);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
