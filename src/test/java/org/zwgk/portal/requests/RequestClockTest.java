package org.zwgk.portal.requests;

import org.junit.jupiter.api.Test;
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
 * The statutory clock of a request on the repository's own holiday calendar, without Quarkus.
 * Every expected date is counted by hand in the comment above its row: "(n)" is the n-th working
 * day counted, "wd" a swapped working day (调休上班), "hol" a public holiday. Columns: received,
 * the day the corrected request arrived (empty: no 补正), third-party consultation from/to (empty:
 * none), extension in working days, the regulation, the working days paused, the deadline.
 */
class RequestClockTest {

    static final WorkingDays DAYS = WorkingDays.of(CalendarFiles.readDirectory(Path.of("content/calendar")));
    static final RequestClock CLOCK = new RequestClock(DAYS);

    @ParameterizedTest(name = "received {0}, corrected {1}, consulted {2}–{3}, extended {4}: {5}, due {7}")
    @CsvSource({
            // 春节 2018 under Decree 492: 13(1) 14(2); 15–21 hol; 22(3) 23(4) 24 Sat wd(5); 26(6)–03-02(10); 05(11)–09(15)
            "2018-02-12, , , , 0, DECREE_492, 0, 2018-03-09",
            // the same, extended by 15: 03-12(16)–16(20); 19(21)–23(25); 26(26)–30(30); 清明 only from 04-05
            "2018-02-12, , , , 15, DECREE_492, 0, 2018-03-30",
            // 补正 asked on 02-01, the correction arrived Mon 02-12: the clock restarts there, as the first row
            "2018-02-01, 2018-02-12, , , 0, DECREE_492, 0, 2018-03-09",
            // 国庆 2018 under Decree 492: 29 Sat wd(1) 30 Sun wd(2); 10-01–07 hol; 08(3)–12(7); 15(8)–19(12); 22(13)–24(15)
            "2018-09-28, , , , 0, DECREE_492, 0, 2018-10-24",
            // … with a consultation 09-29 to 10-09 (not counted: 30 Sun wd(1), 10-01–07 hol, 08(2), 09(3)) and an
            // extension of 15: 33 days: 10-24(15); 25(16) 26(17); 29(18)–11-02(22); 05(23)–09(27); 12(28)–16(32); 19(33)
            "2018-09-28, , 2018-09-29, 2018-10-09, 15, DECREE_492, 3, 2018-11-19",
            // under Decree 492 (Art. 24) a third party's whole time is left out, with no 15-day limit: 02-13 to 03-16
            // pauses 14(1); 15–21 hol; 22(2) 23(3) 24 Sat wd(4); 26–28(7); 03-01(8) 02(9); 05–09(14); 12–16(19); so 34
            // days: 03-09(15); 12–16(20); 19–23(25); 26–30(30); 04-02(31)–04(33); 清明 05–07 hol; 08 Sun wd(34)
            "2018-02-12, , 2018-02-13, 2018-03-16, 0, DECREE_492, 19, 2018-04-08",
            // under Decree 711 a consultation longer than 15 working days pauses 15 only (Art. 32): received Mon
            // 03-02, consulted 03-03 to 05-15: 35 days: 03(1)–06(4); 09–13(9); 16–20(14); 23–27(19); 30(20) 31(21);
            // 04-01(22)–03(24); 清明 04–06 hol; 07(25)–10(28); 13(29)–17(33); 20(34) 21(35)
            "2026-03-02, , 2026-03-03, 2026-05-15, 0, DECREE_711, 15, 2026-04-21",
            // the last day of Decree 492: 15(1)–17(3); 20(4)–24(8); 27(9)–31(13); 06-03(14) 04(15)
            "2019-05-14, , , , 0, DECREE_492, 0, 2019-06-04",
            // the first day of Decree 711: 16(1) 17(2); 20(3)–24(7); 27(8)–31(12); 06-03(13)–06(16); 07 hol; 10(17)–13(20)
            "2019-05-15, , , , 0, DECREE_711, 0, 2019-06-13",
            // 国庆 2019 under Decree 711: 28 Sat no; 29 Sun wd(1); 30(2); 10-01–07 hol; 08(3)–11(6) 12 Sat wd(7);
            // 14(8)–18(12); 21(13)–25(17); 28(18)–30(20)
            "2019-09-27, , , , 0, DECREE_711, 0, 2019-10-30",
            // … extended by 20: 31(21); 11-01(22); 04(23)–08(27); 11(28)–15(32); 18(33)–22(37); 25(38)–27(40)
            "2019-09-27, , , , 20, DECREE_711, 0, 2019-11-27",
            // … with a consultation 09-30 to 10-10: 10-01–07 hol, 08(1) 09(2) 10(3) not counted: 23 days:
            // 10-30(20) 31(21) 11-01(22) 04(23)
            "2019-09-27, , 2019-09-30, 2019-10-10, 0, DECREE_711, 3, 2019-11-04",
            // received 09-20, 补正 arrived Fri 09-27 (before 国庆): restarts there, as above
            "2019-09-20, 2019-09-27, , , 0, DECREE_711, 0, 2019-10-30",
            // 春节 2024 under Decree 711, 除夕 a working Friday: 02(1); 04 Sun wd(2); 05(3)–09(7); 10–17 hol;
            // 18 Sun wd(8); 19(9)–23(13); 26(14)–03-01(18); 04(19) 05(20)
            "2024-02-01, , , , 0, DECREE_711, 0, 2024-03-05",
            // … the 补正 arrived on a swapped working Sunday 02-04: 05(1)–09(5); 10–17 hol; 18 Sun wd(6);
            // 19(7)–23(11); 26(12)–03-01(16); 04(17)–07(20)
            "2024-02-01, 2024-02-04, , , 0, DECREE_711, 0, 2024-03-07",
            // 2026, hand-counted against 国务院办公厅关于2026年部分节假日安排的通知 (docs/requests.md):
            // 补正 asked before 国庆, the correction arrived Wed 09-30: restarts there: 10-01–07 hol; 08(1) 09(2)
            // 10 Sat wd(3); 12–16(8); 19–23(13); 26–30(18); 11-02(19) 03(20)
            "2026-09-18, 2026-09-30, , , 0, DECREE_711, 0, 2026-11-03",
            // a third party consulted 02-10 to 03-03 across 春节 2026: not counted 11 (11(1) 12 13 14 Sat wd(4);
            // 15–23 hol; 24–27(8) 28 Sat wd(9); 03-02(10) 03(11)), so 31 days: 11(1)–14(4); 24–28(9);
            // 03-02–06(14); 09–13(19); 16–20(24); 23–27(29); 30(30) 31(31)
            "2026-02-10, , 2026-02-10, 2026-03-03, 0, DECREE_711, 11, 2026-03-31",
            // the longest extension (20) and a consultation 02-10 to 02-13 (3 not counted): 43 days:
            // 03-31(31) 04-01(32)–03(34); 清明 04–06; 07(35)–10(38); 13(39)–17(43)
            "2026-02-10, , 2026-02-10, 2026-02-13, 20, DECREE_711, 3, 2026-04-17",
            // 春节 2020 as extended to 02-02 (国办发明电〔2020〕1号), received the day before it began:
            // 01-24–02-02 hol; 02-03–07(5); 10–14(10); 17–21(15); 24–28(20)
            "2020-01-23, , , , 0, DECREE_711, 0, 2020-02-28",
    })
    void deadline(LocalDate received, LocalDate corrected, LocalDate consultFrom, LocalDate consultTo, int extension,
                  Regulation regulation, int paused, LocalDate due) {
        List<RequestClock.Period> consulted = consultFrom == null ? List.of() : List.of(new RequestClock.Period(consultFrom, consultTo));
        RequestClock.Deadline d = CLOCK.deadline(new RequestClock.Facts(received, corrected, consulted, extension),
                LocalDate.of(2030, 1, 1));
        assertThat(d.regulation()).isEqualTo(regulation);
        assertThat(d.workingDays()).isEqualTo(regulation == Regulation.DECREE_492 ? 15 : 20);
        assertThat(d.pausedDays()).isEqualTo(paused);
        assertThat(d.due()).isEqualTo(due);
        assertThat(d.paused()).isFalse();
    }

    @ParameterizedTest(name = "received {0}: 补正 may be asked until {1}")
    @CsvSource({
            // 13(1) 14(2); 15–21 hol; 22(3) 23(4) 24 Sat wd(5); 26(6) 27(7)
            "2018-02-12, 2018-02-27",
            // 29 Sun wd(1) 30(2); 10-01–07 hol; 08(3) 09(4) 10(5) 11(6) 12 Sat wd(7)
            "2019-09-27, 2019-10-12",
    })
    void correctionWindow(LocalDate received, LocalDate last) {
        assertThat(CLOCK.correctionWindowEnd(received)).isEqualTo(last);
    }

    @ParameterizedTest(name = "due 2019-10-30, today {0}: {1}")
    @CsvSource({
            "2019-10-23, NONE",       // 24 25 28 29 30: 5 left
            "2019-10-24, NONE",       // 4 left
            "2019-10-25, DUE_SOON",   // 28 29 30: 3 left
            "2019-10-26, DUE_SOON",   // a Saturday: still 3 left
            "2019-10-30, DUE_SOON",   // the due day itself
            "2019-10-31, OVERDUE",
    })
    void flags(LocalDate today, RequestClock.Flag flag) {
        RequestClock.Deadline d = CLOCK.deadline(new RequestClock.Facts(LocalDate.of(2019, 9, 27), null, List.of(), 0), today);
        assertThat(CLOCK.flag(d, today)).isEqualTo(flag);
    }

    @Test
    void aRunningConsultationStopsTheClockAndIsNotFlagged() {
        LocalDate received = LocalDate.of(2019, 9, 27);
        // started 09-30; today 10-10: 3 working days so far (10-08, 09, 10)
        RequestClock.Deadline d = CLOCK.deadline(new RequestClock.Facts(received, null,
                        List.of(new RequestClock.Period(LocalDate.of(2019, 9, 30), null)), 0),
                LocalDate.of(2019, 10, 10));
        assertThat(d.paused()).isTrue();
        assertThat(d.pausedDays()).isEqualTo(3);
        assertThat(d.due()).isEqualTo(LocalDate.of(2019, 11, 4));
        assertThat(CLOCK.flag(d, LocalDate.of(2019, 10, 10))).isEqualTo(RequestClock.Flag.PAUSED);
    }

    @Test
    void aConsultationPastItsFifteenDaysNoLongerHidesAnOverdueRequest() {
        // received 2019-06-03, consulting since 06-04 and still on 10-31: 15 days paused at most, so due 07-23
        // (06-04(1) 05(2) 06(3); 07 端午 hol; 10–14(8) 17–21(13) 24–28(18) 07-01–05(23) 08–12(28) 15–19(33) 22(34) 23(35))
        LocalDate today = LocalDate.of(2019, 10, 31);
        RequestClock.Deadline d = CLOCK.deadline(new RequestClock.Facts(LocalDate.of(2019, 6, 3), null,
                List.of(new RequestClock.Period(LocalDate.of(2019, 6, 4), null)), 0), today);
        assertThat(d.pausedDays()).isEqualTo(15);
        assertThat(d.due()).isEqualTo(LocalDate.of(2019, 7, 23));
        assertThat(CLOCK.flag(d, today)).isEqualTo(RequestClock.Flag.OVERDUE);
    }

    @Test
    void aConsultationPastItsFifteenDaysSaysWhenTheClockRanAgain() {
        // staff walk: past its 15 days a running consultation still showed 暂停计时 while the clock ran.
        // since 2019-06-04 (the clock counted that day): 05(1) 06(2); 07 端午; 10(3)–14(7); 17(8)–21(12); 24(13) 25(14) 26(15)
        List<RequestClock.Period> running = List.of(new RequestClock.Period(LocalDate.of(2019, 6, 4), null));
        RequestClock.Deadline last = CLOCK.deadline(new RequestClock.Facts(LocalDate.of(2019, 6, 3), null, running, 0),
                LocalDate.of(2019, 6, 26));
        assertThat(last.paused()).as("the 15th day still stops the clock").isTrue();
        assertThat(last.pauseUsedUpOn()).isNull();
        RequestClock.Deadline after = CLOCK.deadline(new RequestClock.Facts(LocalDate.of(2019, 6, 3), null, running, 0),
                LocalDate.of(2019, 6, 27));
        assertThat(after.paused()).isFalse();
        assertThat(after.pauseUsedUpOn()).isEqualTo(LocalDate.of(2019, 6, 26));
        assertThat(after.due()).isEqualTo(LocalDate.of(2019, 7, 23));
        assertThat(CLOCK.flag(after, LocalDate.of(2019, 6, 27))).isEqualTo(RequestClock.Flag.NONE);
    }

    @Test
    void consultationsOneAfterTheOtherEachPauseTheClockUpToFifteenDays() {
        LocalDate received = LocalDate.of(2019, 9, 27);
        RequestClock.Period third = new RequestClock.Period(LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 10));
        // a third party 09-30 to 10-10 (10-08, 09, 10: 3), then another authority Mon 10-14 to Wed 10-16 (15, 16: 2):
        // 25 days: 10-30(20) 31(21) 11-01(22) 04(23) 05(24) 06(25)
        RequestClock.Deadline two = CLOCK.deadline(new RequestClock.Facts(received, null,
                List.of(third, new RequestClock.Period(LocalDate.of(2019, 10, 14), LocalDate.of(2019, 10, 16))), 0), LocalDate.of(2030, 1, 1));
        assertThat(two.pausedDays()).isEqualTo(5);
        assertThat(two.due()).isEqualTo(LocalDate.of(2019, 11, 6));
        // the second one lasting to the year's end counts 15 of its own: 3 + 15 = 18, 38 days:
        // 10-30(20) 31(21); 11-01(22); 04(23)–08(27); 11(28)–15(32); 18(33)–22(37); 25(38)
        RequestClock.Deadline capped = CLOCK.deadline(new RequestClock.Facts(received, null,
                List.of(third, new RequestClock.Period(LocalDate.of(2019, 10, 14), LocalDate.of(2019, 12, 31))), 0), LocalDate.of(2030, 1, 1));
        assertThat(capped.pausedDays()).isEqualTo(18);
        assertThat(capped.due()).isEqualTo(LocalDate.of(2019, 11, 25));
        // while the second one runs, the clock stands and the first one's days stay counted
        RequestClock.Deadline running = CLOCK.deadline(new RequestClock.Facts(received, null,
                List.of(third, new RequestClock.Period(LocalDate.of(2019, 10, 14), null)), 0), LocalDate.of(2019, 10, 16));
        assertThat(running.paused()).isTrue();
        assertThat(running.pausedDays()).isEqualTo(5);
    }

    @Test
    void underDecree492ConsultingAnotherAuthorityPausesNothing() {
        // Decree 492 leaves out only a third party's time (Art. 24); it has no consultation of another authority.
        // Received Mon 2018-09-03, an authority consulted 09-04 to 09-07: 04(1)–07(4); 10–14(9); 17–21(14);
        // 中秋 22–24 hol; 25(15)
        RequestClock.Deadline d = CLOCK.deadline(new RequestClock.Facts(LocalDate.of(2018, 9, 3), null,
                List.of(new RequestClock.Period(LocalDate.of(2018, 9, 4), LocalDate.of(2018, 9, 7), RequestConsultation.Kind.AUTHORITY)), 0),
                LocalDate.of(2030, 1, 1));
        assertThat(d.pausedDays()).isZero();
        assertThat(d.due()).isEqualTo(LocalDate.of(2018, 9, 25));
        RequestClock.Deadline running = CLOCK.deadline(new RequestClock.Facts(LocalDate.of(2018, 9, 3), null,
                List.of(new RequestClock.Period(LocalDate.of(2018, 9, 4), null, RequestConsultation.Kind.AUTHORITY)), 0),
                LocalDate.of(2018, 9, 6));
        assertThat(running.paused()).as("the clock runs on").isFalse();
    }

    @Test
    void aConsultationBeforeTheClockRestartedPausesNothing() {
        // received 09-20, a third party consulted 09-23 to 09-25, then a 补正 that arrived Fri 09-27: the clock
        // restarts there, as if nothing had been counted before, so due 10-30 as without the consultation
        RequestClock.Deadline d = CLOCK.deadline(new RequestClock.Facts(LocalDate.of(2019, 9, 20), LocalDate.of(2019, 9, 27),
                List.of(new RequestClock.Period(LocalDate.of(2019, 9, 23), LocalDate.of(2019, 9, 25))), 0), LocalDate.of(2030, 1, 1));
        assertThat(d.pausedDays()).isZero();
        assertThat(d.due()).isEqualTo(LocalDate.of(2019, 10, 30));
    }

    @Test
    void residentIdAndCreditCodeCheckCharacters() {
        assertThat(RequestInput.residentIdValid("11010519491231002X")).isTrue();
        assertThat(RequestInput.residentIdValid("110105194912310021")).isFalse();
        assertThat(RequestInput.creditCodeValid("91350100M000100Y43")).isTrue();
        assertThat(RequestInput.creditCodeValid("91350100M000100Y44")).isFalse();
    }
}
