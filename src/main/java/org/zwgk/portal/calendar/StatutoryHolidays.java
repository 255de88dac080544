package org.zwgk.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holidays 《全国年节及纪念日放假办法》 (as revised by 国务院令第795号, in force 2025-01-01) itself fixes for a
 * year whose notice the site does not hold, by the rules {@code content/calendar/2027.yaml} was written by:
 * Article 2's days (元旦 1 January; 春节 除夕 to 正月初三; 清明; 劳动节 1–2 May; 端午; 中秋; 国庆节 1–3 October)
 * and Article 6's weekday for each of them on a Saturday or Sunday, taken on the first weekdays after the
 * holiday, as the notices have done. A holiday on a day another already takes (中秋 on 3 October 2028) is
 * owed a weekday too, as the notices have given one. No swapped working days: only a notice sets them.
 * Used for letters, which cannot be refused for want of a calendar file; the result is provisional.
 */
final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    /** The year as the regulation alone sets it: provisional, no notice, no working weekend days. */
    static CalendarYear forYear(int year) {
        ChineseDates.Festivals f = ChineseDates.of(year);
        List<CalendarYear.Holiday> fixed = new ArrayList<>(List.of(
                new CalendarYear.Holiday("元旦", List.of(LocalDate.of(year, 1, 1))),
                new CalendarYear.Holiday("春节", List.of(f.springFestival().minusDays(1), f.springFestival(),
                        f.springFestival().plusDays(1), f.springFestival().plusDays(2))),
                new CalendarYear.Holiday("清明节", List.of(f.qingming())),
                new CalendarYear.Holiday("劳动节", List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2))),
                new CalendarYear.Holiday("端午节", List.of(f.dragonBoat())),
                new CalendarYear.Holiday("中秋节", List.of(f.midAutumn())),
                new CalendarYear.Holiday("国庆节", List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2),
                        LocalDate.of(year, 10, 3)))));
        fixed.sort(Comparator.comparing(h -> h.days().get(0)));
        Set<LocalDate> off = new HashSet<>();
        List<CalendarYear.Holiday> out = new ArrayList<>();
        for (CalendarYear.Holiday h : fixed) {
            List<LocalDate> days = new ArrayList<>();
            int owed = 0;
            for (LocalDate d : h.days()) {
                if (!off.add(d)) {
                    owed++; // already another holiday's day
                } else {
                    days.add(d);
                    owed += weekend(d) ? 1 : 0;
                }
            }
            // the break runs on to the weekdays owed (a weekend between them is off anyway)
            LocalDate d = h.days().get(h.days().size() - 1);
            while (owed > 0) {
                d = d.plusDays(1);
                if (off.add(d)) {
                    days.add(d);
                    owed -= weekend(d) ? 0 : 1;
                }
            }
            if (!days.isEmpty()) {
                out.add(new CalendarYear.Holiday(h.name(), days));
            }
        }
        return new CalendarYear(year, true, List.of(), out, List.of(), null);
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
