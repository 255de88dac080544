package org.zwgk.portal.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's arrangement as the State Council General Office announced it: the notice, the public
 * holidays (放假) and the swapped working days (调休上班). A break may start in the year before
 * (元旦), so its dates are not all in {@code year}. A {@code provisional} year has no notice yet: its
 * holidays are the days the 《全国年节及纪念日放假办法》 itself fixes, with the weekday off it owes for a
 * holiday on a Saturday or Sunday, and no swapped working days; deadlines that count it say so.
 */
public record CalendarYear(int year, boolean provisional, List<Notice> notices, List<Holiday> holidays,
                           List<LocalDate> workdays, Path file) {

    /** One holiday as named in the notice ("春节", or "中秋节、国庆节" for a shared break) and its days. */
    public record Holiday(String name, List<LocalDate> days) {
    }

    /**
     * A notice the days come from: its number (国办发明电〔2025〕7号), or its title where the number could not
     * be verified, and the day it was issued (null where that could not be verified either).
     */
    public record Notice(String notice, LocalDate date) {
    }

    public CalendarYear {
        notices = List.copyOf(notices);
        holidays = List.copyOf(holidays);
        workdays = List.copyOf(workdays);
    }

    /** The year's own notice (the first); null for a provisional year. */
    public String notice() {
        return notices.isEmpty() ? null : notices.get(0).notice();
    }

    public LocalDate noticeDate() {
        return notices.isEmpty() ? null : notices.get(0).date();
    }
}
