package org.zwgk.portal.messages;

import org.junit.jupiter.api.Test;
import org.zwgk.portal.calendar.CalendarFiles;
import org.zwgk.portal.calendar.WorkingDays;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message's clock on the real holiday calendar and the real limits of content/: across 中秋 and
 * 国庆 2026 (25–27 Sep and 1–7 Oct off, Sat 10 Oct a working day).
 */
class MessageClockTest {

    static final WorkingDays DAYS = WorkingDays.of(CalendarFiles.readDirectory(Path.of("content/calendar")));
    static final MessageRules RULES = new MessageRules(Path.of("content/interaction/messages.yaml"), DAYS);

    @Test
    void limitsPerTypeComeFromContentAndCountWorkingDaysAcrossHolidays() {
        LocalDate thursdayBeforeMidAutumn = LocalDate.of(2026, 9, 24);
        assertThat(RULES.limitDays(MessageType.CONSULTATION)).isEqualTo(5);
        assertThat(RULES.limitDays(MessageType.COMPLAINT)).isEqualTo(10);
        assertThat(RULES.limitDays(MessageType.SUGGESTION)).isEqualTo(15);
        // 28, 29, 30 Sep, then 8, 9 Oct
        assertThat(RULES.dueOn(MessageType.CONSULTATION, thursdayBeforeMidAutumn)).isEqualTo(LocalDate.of(2026, 10, 9));
        // … Sat 10 Oct counts (调休上班), then 12–15 Oct
        assertThat(RULES.dueOn(MessageType.COMPLAINT, thursdayBeforeMidAutumn)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(RULES.dueOn(MessageType.SUGGESTION, thursdayBeforeMidAutumn)).isEqualTo(LocalDate.of(2026, 10, 22));
        // plain weekdays would have said 1 Oct for the consultation
        assertThat(RULES.daysTaken(thursdayBeforeMidAutumn, LocalDate.of(2026, 10, 8))).isEqualTo(4);
    }

    @Test
    void dueSoonAndOverdueAreFlaggedInWorkingDays() {
        CitizenMessage m = new CitizenMessage();
        m.type = MessageType.CONSULTATION;
        m.status = MessageStatus.HANDLING;
        m.receivedOn = LocalDate.of(2026, 9, 24);
        m.dueOn = LocalDate.of(2026, 10, 9);
        // four working days left on 28 Sep
        assertThat(RULES.urgency(m, LocalDate.of(2026, 9, 28))).isEqualTo(MessageRules.Urgency.ON_TIME);
        // on 1 Oct (a holiday) only 8 and 9 Oct remain: due soon, though eight calendar days are left
        assertThat(RULES.urgency(m, LocalDate.of(2026, 10, 1))).isEqualTo(MessageRules.Urgency.DUE_SOON);
        assertThat(RULES.urgency(m, LocalDate.of(2026, 10, 9))).isEqualTo(MessageRules.Urgency.DUE_SOON);
        assertThat(RULES.urgency(m, LocalDate.of(2026, 10, 10))).isEqualTo(MessageRules.Urgency.OVERDUE);
        m.status = MessageStatus.REPLIED;
        assertThat(RULES.urgency(m, LocalDate.of(2026, 10, 10))).isEqualTo(MessageRules.Urgency.DONE);
    }

    @Test
    void theThreeMonthVetoWarnsTenWorkingDaysAhead() {
        LocalDate received = LocalDate.of(2026, 7, 1);
        assertThat(RULES.vetoDay(received)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(RULES.nearVeto(received, LocalDate.of(2026, 9, 1))).isFalse();
        // Sun 20 Sep is a working day; 21–24, 28–30 Sep: seven working days before the veto day
        assertThat(RULES.nearVeto(received, LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(RULES.nearVeto(received, LocalDate.of(2026, 10, 2))).isTrue();
    }

    @Test
    void theVetoIsBrokenOnlyTheDayAfterTheLastDayWithinTheThreeMonths() {
        // deadline check: received Wed 09-30, the day not counted (民法典 §201), three months end on 12-30 (§202): on
        // 12-30 the page said 已超过否决线 beside 最迟答复日 2026-12-30
        LocalDate received = LocalDate.of(2026, 9, 30);
        assertThat(RULES.vetoDay(received)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(RULES.vetoBroken(received, LocalDate.of(2026, 12, 30))).isFalse();
        assertThat(RULES.nearVeto(received, LocalDate.of(2026, 12, 30))).isTrue();
        assertThat(RULES.vetoBroken(received, LocalDate.of(2026, 12, 31))).isTrue();
        // a month without the day: received 11-30, the last day is 02-28 (§202), broken from 03-01
        assertThat(RULES.vetoDay(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(RULES.vetoBroken(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(RULES.vetoBroken(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    void aYearWithoutItsCalendarYetCountsTheRegulationsHolidaysAsProvisional() {
        // review: a 咨询 received Mon 2027-12-27 was due Mon 2028-01-03 on plain weekdays; 2028 has no file,
        // but 1 January 2028 is a Saturday, made up on Monday 3 January (放假办法 Art. 6):
        // 28 (1) 29 (2) 30 (3) 31 (4); 2028-01-01 Sat 元旦, 02 Sun, 03 Mon 补假; 04 (5)
        assertThat(DAYS.calendar().covers(2028)).isFalse();
        LocalDate received = LocalDate.of(2027, 12, 27);
        assertThat(RULES.dueOn(MessageType.CONSULTATION, received)).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(RULES.daysTaken(received, LocalDate.of(2028, 1, 4))).isEqualTo(5);
        assertThat(DAYS.provisionalYearOf(LocalDate.of(2028, 1, 4)).orElse(null)).isEqualTo(2028);
        // the same calendar as requests where a file exists: 2027 is provisional, 2026 final
        assertThat(DAYS.provisionalYearOf(LocalDate.of(2027, 3, 1)).orElse(null)).isEqualTo(2027);
        assertThat(DAYS.provisionalYearOf(LocalDate.of(2026, 10, 9)).orElse(null)).isNull();
        // 春节 2028 (正月初一 Wed 01-26): 除夕 Tue 25 to 初三 Fri 28 off; received Mon 01-24: 25–28 off,
        // 31 (1) … 02-04 (5); Monday to Friday would have said 01-31
        assertThat(RULES.dueOn(MessageType.CONSULTATION, LocalDate.of(2028, 1, 24))).isEqualTo(LocalDate.of(2028, 2, 4));
        // requests still refuse a year without a file; letters use the same days, never refused
        assertThat(RULES.dueOn(MessageType.SUGGESTION, LocalDate.of(2030, 6, 3))).isNotNull();
    }
}
