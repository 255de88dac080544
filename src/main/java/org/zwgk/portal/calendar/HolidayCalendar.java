package org.zwgk.portal.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The holidays and swapped working days of every year with a file, merged. A day of a year without
 * a file has no answer: asking throws {@link NoCalendarForYear}, never guesses from the weekday.
 */
public final class HolidayCalendar {

    private final Path dir;
    private final TreeMap<Integer, CalendarYear> years = new TreeMap<>();
    private final Map<LocalDate, String> holidays = new HashMap<>();
    private final Set<LocalDate> workdays = new HashSet<>();
    /** Days off by the regulation alone, for years without a file (letters' limits), made once per year. */
    private final Map<Integer, Set<LocalDate>> statutory = new ConcurrentHashMap<>();

    HolidayCalendar(Path dir, Collection<CalendarYear> years) {
        this.dir = dir;
        for (CalendarYear y : years) {
            this.years.put(y.year(), y);
            for (CalendarYear.Holiday h : y.holidays()) {
                h.days().forEach(d -> holidays.put(d, h.name()));
            }
            workdays.addAll(y.workdays());
        }
    }

    /** A listed 调休 working day, or a Monday to Friday that is not a listed holiday. */
    public boolean isWorkingDay(LocalDate day) {
        requireYear(day.getYear());
        return isWorkingDayListed(day);
    }

    private boolean isWorkingDayListed(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The same, except that a day of a year without a file is counted on the holidays the regulation itself
     * fixes ({@link StatutoryHolidays}) instead of refused: for what cannot wait for a file (a letter's
     * time limit). A count over such a day is provisional ({@link #provisionalYearBetween}).
     */
    public boolean isWorkingDayOrStatutory(LocalDate day) {
        if (years.containsKey(day.getYear()) || workdays.contains(day) || holidays.containsKey(day)) {
            return isWorkingDayListed(day);
        }
        if (statutory.computeIfAbsent(day.getYear(), HolidayCalendar::statutoryDaysOff).contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Set<LocalDate> statutoryDaysOff(int year) {
        Set<LocalDate> off = new HashSet<>();
        StatutoryHolidays.forYear(year).holidays().forEach(h -> off.addAll(h.days()));
        return Set.copyOf(off);
    }

    /** The holiday a day belongs to, as the notice names it. */
    public Optional<String> holidayName(LocalDate day) {
        return Optional.ofNullable(holidays.get(day));
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    void requireYear(int year) {
        if (!years.containsKey(year)) {
            throw new NoCalendarForYear(year, dir.normalize().resolve(year + ".yaml"));
        }
    }

    /**
     * The first day a notice has ever set in the December before its year: every notice since 2008 set
     * its December days on the 29th to the 31st (the 元旦 break, the Saturday worked for it: 2007-12-29,
     * 2018-12-29); the weekend before the 29th at the latest (the 22nd and 23rd) is kept as a margin.
     */
    static final MonthDay EARLIEST_DECEMBER_DAY_A_NOTICE_SETS = MonthDay.of(12, 22);

    /**
     * The first year without its notice (a provisional file, or no file after the last one) that a period
     * from {@code a} to {@code b} (either way round) counts a day of: a day in that year, or one in the last
     * days of the December before it, which its notice may still set (元旦 breaks and their swapped
     * working days). A period ending on 18 December is final: no notice has set a day that early.
     * Such years are the calendar's tail (only the last file may be provisional), so a period is
     * provisional exactly when its later end is: see {@link #provisionalYearOf}.
     */
    public Optional<Integer> provisionalYearBetween(LocalDate a, LocalDate b) {
        return provisionalYearOf(a.isAfter(b) ? a : b);
    }

    /** The year without its notice a period ending on {@code day} counts a day of, if any (see above). */
    public Optional<Integer> provisionalYearOf(LocalDate day) {
        for (int y = day.getYear(); y <= day.getYear() + 1; y++) {
            if (withoutNotice(y) && !day.isBefore(EARLIEST_DECEMBER_DAY_A_NOTICE_SETS.atYear(y - 1))) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    private boolean withoutNotice(int year) {
        CalendarYear y = years.get(year);
        return y != null ? y.provisional() : years.isEmpty() || year > years.lastKey();
    }

    /** The years with a file, in order. */
    public List<CalendarYear> years() {
        return List.copyOf(years.values());
    }

    public Optional<Integer> firstYear() {
        return years.isEmpty() ? Optional.empty() : Optional.of(years.firstKey());
    }

    public Optional<Integer> lastYear() {
        return years.isEmpty() ? Optional.empty() : Optional.of(years.lastKey());
    }

    public Path directory() {
        return dir;
    }
}
