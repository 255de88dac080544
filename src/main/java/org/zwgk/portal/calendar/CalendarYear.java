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
public record CalendarYear(int year, boolean provisional, String notice, LocalDate noticeDate, List<Holiday> holidays,
                           List<LocalDate> workdays, Path file) {

    /** One holiday as named in the notice ("春节", or "中秋节、国庆节" for a shared break) and its days. */
    public record Holiday(String name, List<LocalDate> days) {
    }

    public CalendarYear {
        holidays = List.copyOf(holidays);
        workdays = List.copyOf(workdays);
    }
}
