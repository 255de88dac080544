package org.zwgk.portal.calendar;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regulation's own holidays for a year without a file (letters' limits): the lunar festivals and 清明
 * against every file of content/calendar, and the provisional 2027 file, written by the same rules, day by day.
 */
class StatutoryHolidaysTest {

    static final HolidayCalendar FILES = CalendarFiles.readDirectory(Path.of("content/calendar"));

    @Test
    void theFestivalsFallInTheHolidaysOfEveryNoticeSince2008() {
        for (CalendarYear y : FILES.years()) {
            ChineseDates.Festivals f = ChineseDates.of(y.year());
            assertThat(daysOf(y, "春节")).as("%d 春节", y.year()).contains(f.springFestival());
            assertThat(daysOf(y, "清明节")).as("%d 清明", y.year()).contains(f.qingming());
            assertThat(daysOf(y, "端午节")).as("%d 端午", y.year()).contains(f.dragonBoat());
            assertThat(daysOf(y, "中秋节")).as("%d 中秋", y.year()).contains(f.midAutumn());
        }
    }

    @Test
    void theProvisional2027FileIsWhatTheRulesGive() {
        CalendarYear file = FILES.years().stream().filter(y -> y.year() == 2027).findFirst().orElseThrow();
        assertThat(file.provisional()).isTrue();
        assertThat(allDays(StatutoryHolidays.forYear(2027))).isEqualTo(allDays(file));
        // 正月初一 2027: new moon 02-06 23:56 Beijing time (ICU4J's calendar says the 7th)
        assertThat(ChineseDates.of(2027).springFestival()).isEqualTo(LocalDate.of(2027, 2, 6));
    }

    @Test
    void aWeekendHolidayIsMadeUpOnTheWeekdayAfterIt() {
        CalendarYear y2028 = StatutoryHolidays.forYear(2028);
        assertThat(y2028.provisional()).isTrue();
        assertThat(y2028.workdays()).isEmpty();
        // 元旦 Sat 2028-01-01: made up on Mon 01-03
        assertThat(daysOf(y2028, "元旦")).containsExactly(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 2), LocalDate.of(2028, 1, 3));
        // 春节 2028: 除夕 Tue 01-25 to 初三 Fri 01-28, no weekend among them
        assertThat(daysOf(y2028, "春节")).containsExactly(LocalDate.of(2028, 1, 25), LocalDate.of(2028, 1, 26),
                LocalDate.of(2028, 1, 27), LocalDate.of(2028, 1, 28));
        // 国庆 Sun 10-01 to Tue 10-03, made up Wed 10-04; 中秋 on 10-03 too, owed Thu 10-05
        assertThat(daysOf(y2028, "国庆节")).containsExactly(LocalDate.of(2028, 10, 1), LocalDate.of(2028, 10, 2),
                LocalDate.of(2028, 10, 3), LocalDate.of(2028, 10, 4));
        assertThat(daysOf(y2028, "中秋节")).containsExactly(LocalDate.of(2028, 10, 5));
        // 2030: the new moon falls just after midnight, 02-03 (ICU4J's calendar says 02-02)
        assertThat(ChineseDates.of(2030).springFestival()).isEqualTo(LocalDate.of(2030, 2, 3));
    }

    @Test
    void lettersCountAYearWithoutAFileOnTheseHolidaysRequestsRefuseIt() {
        WorkingDays days = WorkingDays.of(FILES);
        // received Mon 2027-12-27: 28–31 (4); 2028-01-01–03 元旦 and its Monday; 04 (5)
        assertThat(days.addWorkingDaysOrStatutory(LocalDate.of(2027, 12, 27), 5)).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(days.workingDaysBetweenOrStatutory(LocalDate.of(2027, 12, 27), LocalDate.of(2028, 1, 4))).isEqualTo(5);
        assertThat(days.provisionalYearOf(LocalDate.of(2028, 1, 4))).contains(2028);
        // a file's days come first: 2026 as its notice set it (Sat 10-10 worked)
        assertThat(days.addWorkingDaysOrStatutory(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.calendar().isWorkingDayOrStatutory(LocalDate.of(2026, 10, 10))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> days.addWorkingDays(LocalDate.of(2027, 12, 27), 5))
                .isInstanceOf(NoCalendarForYear.class);
    }

    private static Set<LocalDate> daysOf(CalendarYear y, String name) {
        return y.holidays().stream().filter(h -> java.util.List.of(h.name().split("、")).contains(name))
                .flatMap(h -> h.days().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> allDays(CalendarYear y) {
        return y.holidays().stream().flatMap(h -> h.days().stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
