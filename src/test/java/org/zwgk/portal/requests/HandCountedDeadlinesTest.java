package org.zwgk.portal.requests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwgk.portal.calendar.CalendarFiles;
import org.zwgk.portal.calendar.Regulation;
import org.zwgk.portal.calendar.WorkingDays;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An independent hand count of request deadlines on the repository's calendar (deadline check, session 39),
 * against the notices as the State Council General Office published them (2025: 国办发明电〔2024〕12号; 2026:
 * its 2026 notice of 2025-11-04), not against the files. Same notation as {@link RequestClockTest}: "(n)" the
 * n-th working day counted, "wd" a swapped working day, "hol" a public holiday. Columns: received, corrected
 * (empty: no 补正), consulted from/to (empty: none), extension, working days paused, due day, provisional year.
 */
class HandCountedDeadlinesTest {

    static final WorkingDays DAYS = WorkingDays.of(CalendarFiles.readDirectory(Path.of("content/calendar")));
    static final RequestClock CLOCK = new RequestClock(DAYS);

    @ParameterizedTest(name = "received {0}, corrected {1}, consulted {2}–{3}, extended {4}: due {6}")
    @CsvSource({
            // an ordinary Wednesday: 13(1) 14(2); 17–21(7); 24–28(12); 31(13); 04-01(14)–03(16); 清明 04–06 hol; 07(17)–10(20)
            "2025-03-12, , , , 0, 0, 2025-04-10, ",
            // a Friday (online, 21:00, registered as received that day): 09–13(5); 16–20(10); 23–27(15); 30(16)–04-03(20)
            "2026-03-06, , , , 0, 0, 2026-04-03, ",
            // an ordinary Saturday: not moved, counting starts Monday: the same day as the Friday's
            "2026-03-07, , , , 0, 0, 2026-04-03, ",
            // Sun 2026-01-04, a working day (元旦 2026): 05–09(5); 12–16(10); 19–23(15); 26–30(20)
            "2026-01-04, , , , 0, 0, 2026-01-30, ",
            // Sun 2025-09-28 wd: 29(1) 30(2); 10-01–08 hol; 09(3) 10(4) 11 Sat wd(5); 13–17(10); 20–24(15); 27–31(20)
            "2025-09-28, , , , 0, 0, 2025-10-31, ",
            // the eve of 春节 2026, Fri 02-13: 14 Sat wd(1); 15–23 hol; 24(2)–27(5) 28 Sat wd(6); 03-02–06(11); 09–13(16); 16(17)–19(20)
            "2026-02-13, , , , 0, 0, 2026-03-19, ",
            // the working Saturday 02-14 itself: 24(1)–27(4) 28 wd(5); 03-02–06(10); 09–13(15); 16–20(20)
            "2026-02-14, , , , 0, 0, 2026-03-20, ",
            // during 春节 2026 (Wed 02-18, hol): as the Saturday before
            "2026-02-18, , , , 0, 0, 2026-03-20, ",
            // the working Saturday 02-28: 03-02–06(5); 09–13(10); 16–20(15); 23–27(20)
            "2026-02-28, , , , 0, 0, 2026-03-27, ",
            // the eve of 春节 2025, Mon 01-27: 28–02-04 hol; 05(1) 06(2) 07(3) 08 Sat wd(4); 10–14(9); 17–21(14); 24–28(19); 03-03(20)
            "2025-01-27, , , , 0, 0, 2025-03-03, ",
            // the working Sunday 2025-01-26: 27(1); 02-05(2)–07(4) 08 wd(5); 10–14(10); 17–21(15); 24–28(20)
            "2025-01-26, , , , 0, 0, 2025-02-28, ",
            // the eve of 国庆 2025, Tue 09-30: 10-01–08 hol; 09(1) 10(2) 11 Sat wd(3); 13–17(8); 20–24(13); 27–31(18); 11-03(19) 04(20)
            "2025-09-30, , , , 0, 0, 2025-11-04, ",
            // during 国庆 2026 (Sat 10-03): 08(1) 09(2) 10 Sat wd(3); 12–16(8); 19–23(13); 26–30(18); 11-02(19) 03(20)
            "2026-10-03, , , , 0, 0, 2026-11-03, ",
            // the eve of 国庆 2026, Wed 09-30: the same
            "2026-09-30, , , , 0, 0, 2026-11-03, ",
            // Fri 2026-09-18, before 中秋 and 国庆: 20 Sun wd(1); 21(2)–24(5); 25–27 hol; 28(6)–30(8); 10-01–07 hol;
            // 08(9) 09(10) 10 Sat wd(11); 12–16(16); 19(17)–22(20)
            "2026-09-18, , , , 0, 0, 2026-10-22, ",
            // across New Year, Wed 2025-12-31: 01-01–03 hol; 04 Sun wd(1); 05–09(6); 12–16(11); 19–23(16); 26(17)–29(20)
            "2025-12-31, , , , 0, 0, 2026-01-29, ",
            // into the provisional 2027: Mon 2026-12-14: 15(1)–18(4); 21–25(9); 28–31(13); 2027-01-01 hol; 04(14)–08(18); 11(19) 12(20)
            "2026-12-14, , , , 0, 0, 2027-01-12, 2027",
            // Thu 2026-12-31: 2027-01-01 hol; 04–08(5); 11–15(10); 18–22(15); 25–29(20)
            "2026-12-31, , , , 0, 0, 2027-01-29, 2027",
            // inside the provisional 2027: Wed 2027-12-01: 02(1) 03(2); 06–10(7); 13–17(12); 20–24(17); 27(18)–29(20)
            "2027-12-01, , , , 0, 0, 2027-12-29, 2027",
            // 补正: received Mon 03-02, the correction arrived Tue 03-10, counted from zero there: 11–13(3); 16–20(8);
            // 23–27(13); 30(14)–04-03(18); 清明 04–06; 07(19) 08(20)
            "2026-03-02, 2026-03-10, , , 0, 0, 2026-04-08, ",
            // … the correction arrived on Sat 03-14: 16–20(5); 23–27(10); 30–04-03(15); 07(16)–10(19); 13(20)
            "2026-03-02, 2026-03-14, , , 0, 0, 2026-04-13, ",
            // extension of 20 from Mon 03-02: due 03-30 (20) without it; 31(21) 04-01(22)–03(24); 清明; 07–10(28);
            // 13–17(33); 20–24(38); 27(39) 28(40)
            "2026-03-02, , , , 20, 0, 2026-04-28, ",
            // extension of 20 from Fri 04-10, over 劳动节 2026: 13–17(5); 20–24(10); 27–30(14); 05-01–05 hol; 06(15)–08(17)
            // 09 Sat wd(18); 11(19) 12(20) = the first due day; 13(21)–15(23); 18–22(28); 25–29(33); 06-01–05(38); 08(39) 09(40)
            "2026-04-10, , , , 20, 0, 2026-06-09, ",
            // a third party consulted 03-04 to 03-18: not counted 05 06 09–13 16–18 (10); so 30 days from 03-02:
            // 03-30(20) 31(21) 04-01(22)–03(24); 清明; 07(25)–10(28); 13(29) 14(30)
            "2026-03-02, , 2026-03-04, 2026-03-18, 0, 10, 2026-04-14, ",
            // all three: received Mon 06-01, corrected Fri 06-05 (restart), consulted 06-10 to 06-24 (not counted 11 12
            // 15–18; 19–21 端午 hol; 22–24: 9), extended 20: 49 days from 06-05: 08–12(5); 15–18(9); 22–26(14); 29 30(16);
            // 07-01–03(19); 06–10(24); 13–17(29); 20–24(34); 27–31(39); 08-03–07(44); 10–14(49)
            "2026-06-01, 2026-06-05, 2026-06-10, 2026-06-24, 20, 9, 2026-08-14, ",
            // Decree 492 across New Year 2019, Fri 2018-12-28: 29 Sat wd(1); 30–01-01 hol; 02(2)–04(4); 07–11(9); 14–18(14); 21(15)
            "2018-12-28, , , , 0, 0, 2019-01-21, ",
            // 春节 2020 as extended (Sat 02-01 no longer worked): Fri 01-31: 02-03–07(5); 10–14(10); 17–21(15); 24–28(20)
            "2020-01-31, , , , 0, 0, 2020-02-28, ",
    })
    void deadline(LocalDate received, LocalDate corrected, LocalDate consultFrom, LocalDate consultTo, int extension,
                  int paused, LocalDate due, Integer provisionalYear) {
        List<RequestClock.Period> consulted = consultFrom == null ? List.of() : List.of(new RequestClock.Period(consultFrom, consultTo));
        RequestClock.Deadline d = CLOCK.deadline(new RequestClock.Facts(received, corrected, consulted, extension),
                LocalDate.of(2030, 1, 1));
        assertThat(d.workingDays()).isEqualTo(received.isBefore(Regulation.DECREE_711.inForceFrom()) ? 15 : 20);
        assertThat(d.pausedDays()).isEqualTo(paused);
        assertThat(d.due()).isEqualTo(due);
        assertThat(d.provisionalYear()).isEqualTo(provisionalYear);
    }

    @ParameterizedTest(name = "received {0}: 补正 may be asked until {1}")
    @CsvSource({
            // 7 working days from Fri 2026-02-13: 14 Sat wd(1); 15–23 hol; 24(2)–27(5) 28 Sat wd(6); 03-02(7)
            "2026-02-13, 2026-03-02",
            // from Fri 2026-09-18: 20 Sun wd(1); 21(2)–24(5); 25–27 hol; 28(6) 29(7)
            "2026-09-18, 2026-09-29",
    })
    void correctionWindow(LocalDate received, LocalDate last) {
        assertThat(CLOCK.correctionWindowEnd(received)).isEqualTo(last);
    }

    @ParameterizedTest(name = "record from {0}: {1} working days / {2} days: due {3}")
    @CsvSource({
            // 双公示 (xzxk, xzcf: 7 working days) from Fri 2026-09-18: 20 Sun wd(1); 21(2)–24(5); 25–27 hol; 28(6) 29(7)
            "2026-09-18, 7, 0, 2026-09-29",
            // 办事指南 change (bszn: 1 working day, the 2018 plan's 1个工作日内) on the eve of 春节 2026, Fri 02-13: Sat 14 wd(1)
            "2026-02-13, 1, 0, 2026-02-14",
            // 预决算 (yjs: 二十日内, 预算法 §14) from 2026-01-20: 02-09, a Monday
            "2026-01-20, 0, 20, 2026-02-09",
            // from 2026-01-27: 02-16 is in 春节 (02-15–23): the day after the holiday ends, 02-24 (民法典 §203)
            "2026-01-27, 0, 20, 2026-02-24",
            // from 2026-01-25: 02-14 is the working Saturday before 春节: not a day off, it stays
            "2026-01-25, 0, 20, 2026-02-14",
            // from 2026-03-01: 03-21 an ordinary Saturday: Monday 03-23
            "2026-03-01, 0, 20, 2026-03-23",
    })
    void recordDeadline(LocalDate from, int workingDays, int days, LocalDate due) {
        assertThat(days > 0 ? DAYS.afterCalendarDays(from, days) : DAYS.addWorkingDays(from, workingDays)).isEqualTo(due);
    }
}
