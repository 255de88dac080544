package org.zwgk.portal.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The holidays and swapped working days of every year with a file, merged. A day of a year without
 * a file has no answer: asking throws {@link NoCalendarForYear}, never guesses from the weekday.
 */
public final class HolidayCalendar {

    private final Path dir;
    private final TreeMap<Integer, CalendarYear> years = new TreeMap<>();
    private final Map<LocalDate, String> holidays = new HashMap<>();
    private final Set<LocalDate> workdays = new HashSet<>();

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
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
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
     * The first provisional year (holidays by the regulation, no notice yet) from {@code a} to
     * {@code b}, either way round: a deadline counted over it is provisional too, and so is one that
     * ends in the December before it, since a year's notice may set days from 1 December of the year
     * before (元旦 breaks and their swapped working days).
     */
    public Optional<Integer> provisionalYearBetween(LocalDate a, LocalDate b) {
        int from = Math.min(a.getYear(), b.getYear());
        LocalDate later = a.isAfter(b) ? a : b;
        int to = later.getYear() + (later.getMonthValue() == 12 ? 1 : 0);
        return years.subMap(from, true, to, true).values().stream()
                .filter(CalendarYear::provisional).map(CalendarYear::year).findFirst();
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
