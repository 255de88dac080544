package org.zwgk.portal.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.zwgk.portal.common.PortalConfig;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Working days as every deadline of the portal counts them, from the holiday calendar in
 * {@code <portal.content-dir>/calendar}: a day is a working day if it is a listed swapped working
 * day (调休上班), or a Monday to Friday that is not a listed holiday. The day a period starts from
 * (the day of receipt) is not counted.
 */
@ApplicationScoped
public class WorkingDays {

    private static final Logger LOG = Logger.getLogger(WorkingDays.class);

    private final Path dir;
    private final Clock clock;
    private volatile HolidayCalendar calendar;

    @Inject
    WorkingDays(PortalConfig config, Clock clock) {
        this.dir = config.contentDir().resolve("calendar");
        this.clock = clock;
    }

    private WorkingDays(HolidayCalendar calendar) {
        this.dir = calendar.directory();
        this.clock = Clock.systemUTC();
        this.calendar = calendar;
    }

    /** The service over a calendar already read, for code and tests that run without the container. */
    public static WorkingDays of(HolidayCalendar calendar) {
        return new WorkingDays(calendar);
    }

    /**
     * Reads the calendar files; a malformed file stops the start with its file and line. A missing
     * current year is only a warning: deadlines that need it will say so.
     */
    public void loadAtStart() {
        HolidayCalendar loaded = load();
        int thisYear = LocalDate.now(clock.withZone(PortalConfig.ZONE)).getYear();
        if (loaded.years().isEmpty()) {
            LOG.warnf("no holiday calendar in %s: every working-day deadline will be refused until <year>.yaml files are added", dir);
        } else {
            LOG.infof("holiday calendar %d to %d from %s", loaded.firstYear().get(), loaded.lastYear().get(), dir);
            if (!loaded.covers(thisYear)) {
                LOG.warnf("no holiday calendar for %d: add %s", thisYear, dir.normalize().resolve(thisYear + ".yaml"));
            }
            loaded.years().stream().filter(CalendarYear::provisional).forEach(y -> LOG.warnf(
                    "the holiday calendar for %d is provisional (the regulation's holidays; its notice not entered): deadlines"
                            + " into it are shown as provisional until %s holds the notice's arrangement", y.year(), y.file()));
        }
    }

    private synchronized HolidayCalendar load() {
        calendar = CalendarFiles.readDirectory(dir);
        return calendar;
    }

    /** The calendar in use (read on first use if the start-up did not). */
    public HolidayCalendar calendar() {
        HolidayCalendar c = calendar;
        return c != null ? c : load();
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar().isWorkingDay(day);
    }

    /**
     * The n-th working day after {@code from}; {@code from} itself is never counted, so n = 0 gives
     * {@code from}. Throws {@link NoCalendarForYear} when {@code from} or a day counted falls in a year
     * without a calendar file.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        HolidayCalendar c = calendar();
        c.requireYear(from.getYear());
        return add(from, n, c::isWorkingDay);
    }

    /**
     * {@link #addWorkingDays}, except that a year without a calendar file is counted on the holidays the
     * regulation itself fixes instead of refused ({@link HolidayCalendar#isWorkingDayOrStatutory}): for a
     * letter's time limit, which cannot be refused. {@link #provisionalYearOf} the result says whether it
     * is provisional, as for a provisional file.
     */
    public LocalDate addWorkingDaysOrStatutory(LocalDate from, int n) {
        return add(from, n, calendar()::isWorkingDayOrStatutory);
    }

    private static LocalDate add(LocalDate from, int n, java.util.function.Predicate<LocalDate> working) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (working.test(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The last day of a period of {@code n} calendar days from {@code from} (预算法 §14's 二十日内): the
     * day it starts is not counted (民法典 §201), and a last day that is not a working day moves on to the
     * first working day after it (§203: the day after the 法定休假日 ends; weekends count as days off, a
     * 调休 Saturday as a working day). A last day in a year without a calendar file is moved on by the
     * holidays the regulation itself fixes (the period is one of calendar days, only its roll-over needs the
     * holidays, and it is not refused); {@link #provisionalYearOf} the result says whether it is provisional.
     */
    public LocalDate afterCalendarDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("days must not be negative: " + n);
        }
        HolidayCalendar c = calendar();
        LocalDate day = from.plusDays(n);
        while (!c.isWorkingDayOrStatutory(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The provisional year a period from {@code a} to {@code b} is counted over, if any (see {@link CalendarYear}). */
    public Optional<Integer> provisionalYearBetween(LocalDate a, LocalDate b) {
        return calendar().provisionalYearBetween(a, b);
    }

    /**
     * The year without its notice that a period ending on {@code due} counts a day of, if any: the years
     * without a notice are the calendar's tail, so the last day of a period tells (a due day stored long
     * ago is final once the notice is entered).
     */
    public Optional<Integer> provisionalYearOf(LocalDate due) {
        return calendar().provisionalYearOf(due);
    }

    /**
     * Working days after {@code a} up to and including {@code b}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code b} is before
     * {@code a}, 0 when they are the same day.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        HolidayCalendar c = calendar();
        c.requireYear(a.getYear());
        return between(a, b, c::isWorkingDay);
    }

    /** {@link #workingDaysBetween} over {@link HolidayCalendar#isWorkingDayOrStatutory} (letters). */
    public int workingDaysBetweenOrStatutory(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetweenOrStatutory(b, a);
        }
        return between(a, b, calendar()::isWorkingDayOrStatutory);
    }

    private static int between(LocalDate a, LocalDate b, java.util.function.Predicate<LocalDate> working) {
        int count = 0;
        for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
            if (working.test(day)) {
                count++;
            }
        }
        return count;
    }
}
