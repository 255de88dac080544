package org.zwgk.portal.calendar;

import java.nio.file.Path;

/** A holiday calendar file that cannot be used, named with its line so an editor can fix it. */
public class CalendarFileError extends RuntimeException {

    private final Path file;
    private final int line;

    CalendarFileError(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, null, false, false);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
