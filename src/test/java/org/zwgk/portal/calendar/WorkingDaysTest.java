package org.zwgk.portal.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deadlines on the repository's own calendar (content/calendar), without Quarkus. Every expected
 * date is counted by hand in the comment above its row: "(n)" is the n-th working day after the day
 * of receipt, "wd" a swapped working day (调休上班), "hol" a public holiday.
 */
class WorkingDaysTest {

    static final WorkingDays DAYS = WorkingDays.of(CalendarFiles.readDirectory(Path.of("content/calendar")));

    @ParameterizedTest(name = "received {0} + {1} working days = {2}")
    @CsvSource({
            // 春节 2018 (Decree 492): received Mon 02-12; 13 Tue(1) 14 Wed(2); 15–21 hol; 22 Thu(3) 23 Fri(4)
            // 24 Sat wd(5); 26(6) 27(7) 28(8) 03-01(9) 02(10); 05(11) 06(12) 07(13) 08(14) 09(15)
            "2018-02-12, 15, 2018-03-09",
            // the Sunday before 春节 2018 is a working day: received Sat 02-10, Sun 02-11 wd(1)
            "2018-02-10, 1, 2018-02-11",
            // received on a holiday (春节 2018, Fri 02-16): count starts after it; 22(1) 23(2) 24 Sat wd(3)
            // 26(4) 27(5) 28(6) 03-01(7) 02(8); 05(9)–09(13); 12(14) 13(15)
            "2018-02-16, 15, 2018-03-13",
            // received on an ordinary Saturday (2018-03-03): 05–09 (5), 12–16 (10), 19–23 (15)
            "2018-03-03, 15, 2018-03-23",
            // 国庆 2018 (Decree 492), two working weekend days before it: received Fri 09-28; 29 Sat wd(1)
            // 30 Sun wd(2); 10-01–07 hol; 08(3)–12(7); 15(8)–19(12); 22(13) 23(14) 24(15)
            "2018-09-28, 15, 2018-10-24",
            // 春节 2019 (Decree 492): received Fri 02-01; 02 Sat wd(1) 03 Sun wd(2); 04–10 hol; 11(3)–15(7);
            // 18(8)–22(12); 25(13) 26(14) 27(15)
            "2019-02-01, 15, 2019-02-27",
            // the last day under Decree 492: received Tue 2019-05-14; 15(1) 16(2) 17(3); 20(4)–24(8);
            // 27(9)–31(13); 06-03(14) 06-04(15)
            "2019-05-14, 15, 2019-06-04",
            // the first day under Decree 711: received Wed 2019-05-15; 16(1) 17(2); 20(3)–24(7); 27(8)–31(12);
            // 06-03(13)–06(16); 07 Fri hol (端午); 10(17) 11(18) 12(19) 13(20)
            "2019-05-15, 20, 2019-06-13",
            // 国庆 2019 (Decree 711): received Fri 09-27; 28 Sat no; 29 Sun wd(1); 30(2); 10-01–07 hol;
            // 08(3) 09(4) 10(5) 11(6) 12 Sat wd(7); 14(8)–18(12); 21(13)–25(17); 28(18) 29(19) 30(20)
            "2019-09-27, 20, 2019-10-30",
            // received on a National Day holiday (Sat 2019-10-05): 08(1)–11(4) 12 Sat wd(5); 14(6)–18(10);
            // 21(11)–25(15); 28(16)–31(19); 11-01(20)
            "2019-10-05, 20, 2019-11-01",
            // 春节 2020 extended to 02-02 (国办发明电〔2020〕1号), Sat 02-01 no longer a working day:
            // received Mon 01-20; 21(1) 22(2) 23(3); 01-24–02-02 hol; 02-03(4)–07(8); 10(9)–14(13);
            // 17(14)–21(18); 24(19) 25(20)
            "2020-01-20, 20, 2020-02-25",
            // the Sunday before 春节 2020 is a working day: received Fri 01-17; 18 Sat no; 19 Sun wd(1)
            "2020-01-17, 1, 2020-01-19",
            // 春节 2024 (Decree 711), 除夕 02-09 a working Friday: received Thu 02-01; 02(1); 04 Sun wd(2);
            // 05(3)–09(7); 10–17 hol; 18 Sun wd(8); 19(9)–23(13); 26(14)–03-01(18); 03-04(19) 03-05(20)
            "2024-02-01, 20, 2024-03-05",
            // 国庆 2025 (Decree 711): received Fri 09-26; 28 Sun wd(1); 29(2) 30(3); 10-01–08 hol; 09(4) 10(5)
            // 11 Sat wd(6); 13(7)–17(11); 20(12)–24(16); 27(17) 28(18) 29(19) 30(20)
            "2025-09-26, 20, 2025-10-30",
            // 元旦 2019 began in 2018 with a working Saturday 2018-12-29 (from the 2019 notice):
            // received Fri 12-28; 29 Sat wd(1); 30, 31, 01-01 hol; 01-02(2)
            "2018-12-28, 2, 2019-01-02",
            // 抗战胜利70周年纪念日 2015: 09-03–05 hol, Sun 09-06 wd: received Wed 09-02; 06 Sun wd(1); 07(2)
            "2015-09-02, 2, 2015-09-07",
            // no working day to add: the day itself
            "2019-10-01, 0, 2019-10-01",
    })
    void addsWorkingDaysAcrossHolidaysAndSwappedDays(LocalDate received, int n, LocalDate expected) {
        assertThat(DAYS.addWorkingDays(received, n)).isEqualTo(expected);
        assertThat(DAYS.workingDaysBetween(received, expected)).isEqualTo(n);
    }

    @ParameterizedTest(name = "received {0}: {1}, {2} working days, due {3}")
    @CsvSource({
            // the two rows above that straddle 2019-05-15
            "2019-05-14, 国务院令第492号, 15, 2019-06-04",
            "2019-05-15, 国务院令第711号, 20, 2019-06-13",
            "2018-02-12, 国务院令第492号, 15, 2018-03-09",
            "2019-09-27, 国务院令第711号, 20, 2019-10-30",
            "2020-01-20, 国务院令第711号, 20, 2020-02-25",
            // the first day of Decree 492 (Thu 2008-05-01, 劳动节 1–3, Sun 05-04 wd): 04 Sun wd(1); 05(2)–09(6);
            // 12(7)–16(11); 19(12)–22(15)
            "2008-05-01, 国务院令第492号, 15, 2008-05-22",
    })
    void theRegulationInForceOnTheDayOfReceiptDecidesTheClock(LocalDate received, String label, int n, LocalDate due) {
        Regulation regulation = Regulation.inForceOn(received).orElseThrow();
        assertThat(regulation.label()).isEqualTo(label);
        assertThat(regulation.answerWorkingDays()).isEqualTo(n);
        assertThat(DAYS.addWorkingDays(received, regulation.answerWorkingDays())).isEqualTo(due);
    }

    @Test
    void noRegulationBeforeDecree492TookEffect() {
        assertThat(Regulation.inForceOn(LocalDate.of(2008, 4, 30))).isEmpty();
    }

    @Test
    void aWorkingDayIsASwappedDayOrAWeekdayThatIsNoHoliday() {
        assertThat(DAYS.isWorkingDay(LocalDate.of(2018, 2, 11))).as("Sunday, 调休上班").isTrue();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2018, 2, 15))).as("Thursday, 春节").isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2018, 2, 25))).as("ordinary Sunday").isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2018, 2, 26))).as("ordinary Monday").isTrue();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2020, 2, 1))).as("Saturday, working until the extension").isFalse();
    }

    @Test
    void betweenCountsTheDaysAfterTheFirstUpToTheSecond() {
        LocalDate a = LocalDate.of(2018, 2, 12);
        LocalDate b = LocalDate.of(2018, 3, 9);
        assertThat(DAYS.workingDaysBetween(a, a)).isZero();
        assertThat(DAYS.workingDaysBetween(a, b)).isEqualTo(15);
        assertThat(DAYS.workingDaysBetween(b, a)).isEqualTo(-15);
        // 2019-10-01 to 2019-10-07 are holidays: nothing between the 1st and the 7th
        assertThat(DAYS.workingDaysBetween(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 7))).isZero();
        // adding and counting agree from every day of 2019
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() == 2019; d = d.plusDays(1)) {
            assertThat(DAYS.workingDaysBetween(d, DAYS.addWorkingDays(d, 20))).isEqualTo(20);
        }
    }

    @Test
    void aYearWithoutAFileIsAClearErrorNotAWeekdayCount() {
        // 2027 is provisional (below), 2028 has no file: 2027-12-20 Mon … 12-31 Fri are 10 working days
        assertThat(DAYS.addWorkingDays(LocalDate.of(2027, 12, 19), 10)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> DAYS.addWorkingDays(LocalDate.of(2027, 12, 19), 11))
                .isInstanceOf(NoCalendarForYear.class)
                .hasMessage("no holiday calendar for 2028: add content/calendar/2028.yaml");
        assertThatThrownBy(() -> DAYS.addWorkingDays(LocalDate.of(2007, 12, 31), 1))
                .isInstanceOf(NoCalendarForYear.class).hasMessageContaining("2007");
        assertThatThrownBy(() -> DAYS.workingDaysBetween(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 5)))
                .isInstanceOf(NoCalendarForYear.class).hasMessageContaining("2028");
        assertThatThrownBy(() -> DAYS.addWorkingDays(LocalDate.of(2019, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * 2027's notice was not out when its file was written: the file holds the holidays the regulation
     * fixes (with the weekdays owed for those on a weekend) and says it is provisional. Requests received
     * from December 2026 on still get a deadline, marked as provisional.
     */
    @ParameterizedTest(name = "received {0} + {1} working days = {2} (provisional)")
    @CsvSource({
            // received Sun 2026-12-20: 21–25(5); 28–31(9); 2027-01-01 元旦; 04–08(14); 11–15(19); 18(20)
            "2026-12-20, 20, 2027-01-18",
            // across 春节 2027: 02-01–04(4); 05 除夕, 06–08 初一–初三, 09 10 the weekend's days made up;
            // 11(5) 12(6); 15–19(11); 22–26(16); 03-01–04(20)
            "2027-01-29, 20, 2027-03-04",
            // across 劳动节 2027 (05-01 Sat, 02 Sun, made up on 03 and 04): 04-30(1); 05-05(2) 06(3) 07(4)
            "2027-04-29, 4, 2027-05-07",
            // across 国庆 2027 (10-01 Fri to 03 Sun, made up on 04 and 05): 09-29(1) 30(2); 10-06(3) 07(4) 08(5)
            "2027-09-28, 5, 2027-10-08",
            // 清明 (Mon 04-05), 端午 (Wed 06-09), 中秋 (Wed 09-15): one weekday each
            "2027-04-02, 1, 2027-04-06",
            "2027-06-08, 1, 2027-06-10",
            "2027-09-14, 1, 2027-09-16",
    })
    void aProvisionalYearCountsTheRegulationsHolidays(LocalDate received, int n, LocalDate due) {
        assertThat(DAYS.addWorkingDays(received, n)).isEqualTo(due);
        assertThat(DAYS.provisionalYearBetween(received, due)).contains(2027);
    }

    @Test
    void aPeriodWithinAnnouncedYearsIsNotProvisional() {
        assertThat(DAYS.provisionalYearBetween(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30))).isEmpty();
        // review: received 2026-11-20, due 2026-12-18, every day counted in 2026, whose notice is entered, was
        // marked provisional because of the whole December; no notice has set a December day before the 29th
        assertThat(DAYS.addWorkingDays(LocalDate.of(2026, 11, 20), 20)).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(DAYS.provisionalYearBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 18))).isEmpty();
        assertThat(DAYS.provisionalYearBetween(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1))).isEmpty();
        // the 2027 notice may still set the last days of December 2026 (a 元旦 break, a swapped Saturday)
        assertThat(DAYS.provisionalYearBetween(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 24))).contains(2027);
        assertThat(DAYS.provisionalYearBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1))).contains(2027);
        assertThat(DAYS.provisionalYearBetween(LocalDate.of(2019, 5, 15), LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(DAYS.calendar().years().stream().filter(CalendarYear::provisional).map(CalendarYear::year))
                .as("only the last year may wait for its notice").containsExactly(2027);
    }

    @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
    @CsvSource({
            // 2026-11-01 + 20 = Sat 11-21, a day off: the period ends on Mon 11-23 (民法典 §203)
            "2026-11-01, 20, 2026-11-23",
            // 2026-09-14 + 20 = Sun 10-04 in 国庆 (10-01–07): the day after the holiday, Thu 10-08
            "2026-09-14, 20, 2026-10-08",
            // 2026-09-20 + 20 = Sat 10-10, a swapped working day (调休上班): it stays
            "2026-09-20, 20, 2026-10-10",
            // 2026-12-01 + 20 = Mon 12-21, a working day: as counted
            "2026-12-01, 20, 2026-12-21",
            // 2025-12-12 + 20 = Thu 2026-01-01 元旦 (01-01–03), Sun 01-04 a swapped working day
            "2025-12-12, 20, 2026-01-04",
            // 2028 has no file: 2027-12-12 + 20 = Sat 2028-01-01 元旦, made up on Mon 01-03 (放假办法 Art. 6): Tue 01-04
            // (it stayed on the Saturday before, as counted)
            "2027-12-12, 20, 2028-01-04"
    })
    void aPeriodOfCalendarDaysEndingOnADayOffEndsOnTheNextWorkingDay(LocalDate from, int days, LocalDate last) {
        assertThat(DAYS.afterCalendarDays(from, days)).isEqualTo(last);
    }
}
