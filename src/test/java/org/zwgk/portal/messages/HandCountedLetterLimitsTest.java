package org.zwgk.portal.messages;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwgk.portal.calendar.CalendarFiles;
import org.zwgk.portal.calendar.WorkingDays;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters' time limits (咨询 5, 投诉 10, 建议 15 working days, content/interaction/messages.yaml) counted by hand
 * (deadline check, session 39). "(n)" the n-th working day, "wd" a swapped working day, "hol" a public holiday.
 */
class HandCountedLetterLimitsTest {

    static final WorkingDays DAYS = WorkingDays.of(CalendarFiles.readDirectory(Path.of("content/calendar")));
    static final MessageRules RULES = new MessageRules(Path.of("content/interaction/messages.yaml"), DAYS);

    @ParameterizedTest(name = "{1} received {0}: due {2}")
    @CsvSource({
            // Fri 2026-09-18: 20 Sun wd(1); 21(2)–24(5)
            "2026-09-18, CONSULTATION, 2026-09-24, false",
            // … 25–27 中秋 hol; 28(6)–30(8); 10-01–07 hol; 08(9) 09(10)
            "2026-09-18, COMPLAINT, 2026-10-09, false",
            // … 10 Sat wd(11); 12(12)–15(15)
            "2026-09-18, SUGGESTION, 2026-10-15, false",
            // Sat 2026-12-26 into the provisional 2027: 28–31(4); 01-01 hol; 04–08(9); 11–15(14); 18(15)
            "2026-12-26, SUGGESTION, 2027-01-18, true",
            // Mon 2027-12-20 into 2028, which has no file: 21(1)–24(4); 27–31(9); 2028-01-01 元旦 a Saturday, its
            // weekday off Mon 01-03 (放假办法 Art. 6); 04(10)
            "2027-12-20, COMPLAINT, 2028-01-04, true",
    })
    void limit(LocalDate received, MessageType type, LocalDate due, boolean provisional) {
        LocalDate d = RULES.dueOn(type, received);
        assertThat(d).isEqualTo(due);
        assertThat(DAYS.provisionalYearOf(d).isPresent()).isEqualTo(provisional);
    }
}
