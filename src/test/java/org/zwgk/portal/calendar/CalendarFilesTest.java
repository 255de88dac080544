package org.zwgk.portal.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calendar files of the repository, and what a malformed file says at start. */
class CalendarFilesTest {

    static final Path DIR = Path.of("content/calendar");

    @Test
    void everyYearFrom2008To2026LoadsWithItsNotice() {
        HolidayCalendar calendar = CalendarFiles.readDirectory(DIR);
        assertThat(calendar.years()).extracting(CalendarYear::year)
                .containsExactlyElementsOf(IntStream.rangeClosed(2008, 2027).boxed().toList());
        for (CalendarYear y : calendar.years().stream().filter(y -> !y.provisional()).toList()) {
            // a number only where it was checked; otherwise the title (国务院办公厅关于2010年部分节假日安排的通知)
            assertThat(y.notice()).as(y.file().toString())
                    .matches("国办发明电〔\\d{4}〕\\d+号|国务院办公厅关于" + y.year() + "年部分节假日安排的通知");
            if (y.noticeDate() != null) {
                assertThat(y.noticeDate()).as(y.file().toString()).isBefore(LocalDate.of(y.year(), 1, 1));
            }
            assertThat(y.holidays()).as(y.file().toString())
                    .anySatisfy(h -> assertThat(h.name().split("、")).contains("春节"))
                    .anySatisfy(h -> assertThat(h.name().split("、")).contains("国庆节"));
        }
        assertThat(calendar.years().get(10).notice()).isEqualTo("国办发明电〔2017〕12号");
        // review: 2017's notice is 〔2016〕17号 of 2016-12-01; 2019 and 2020 were changed by a second notice
        assertThat(calendar.years().get(9).notices()).containsExactly(new CalendarYear.Notice("国办发明电〔2016〕17号", LocalDate.of(2016, 12, 1)));
        assertThat(calendar.years().get(11).notices()).containsExactly(new CalendarYear.Notice("国办发明电〔2018〕15号", LocalDate.of(2018, 12, 4)),
                new CalendarYear.Notice("国办发明电〔2019〕3号", LocalDate.of(2019, 3, 22)));
        assertThat(calendar.years().get(12).notices()).containsExactly(new CalendarYear.Notice("国办发明电〔2019〕16号", LocalDate.of(2019, 11, 21)),
                new CalendarYear.Notice("国办发明电〔2020〕1号", LocalDate.of(2020, 1, 26)));
        // numbers written from memory are not printed: the title, without the unverified date
        assertThat(calendar.years().get(2).notices()).containsExactly(new CalendarYear.Notice("国务院办公厅关于2010年部分节假日安排的通知", null));
        assertThat(calendar.years().get(7).notices()).extracting(CalendarYear.Notice::notice).containsExactly(
                "国务院办公厅关于2015年部分节假日安排的通知", "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知");
    }

    @Test
    void noDayIsBothAHolidayAndAWorkingDayAndWorkingDaysAreWeekends() {
        HolidayCalendar calendar = CalendarFiles.readDirectory(DIR);
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (CalendarYear y : calendar.years()) {
            y.holidays().forEach(h -> h.days().forEach(d -> assertThat(holidays.add(d)).as(d + " listed once").isTrue()));
            y.workdays().forEach(d -> assertThat(workdays.add(d)).as(d + " listed once").isTrue());
        }
        assertThat(holidays).doesNotContainAnyElementsOf(workdays);
        assertThat(workdays).isNotEmpty().allSatisfy(d ->
                assertThat(d.getDayOfWeek()).as(d.toString()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void notablePeriodsAreAsAnnounced() {
        HolidayCalendar calendar = CalendarFiles.readDirectory(DIR);
        // 国务院令第513号: 2008 is the first year with 清明节, 端午节 and 中秋节
        assertThat(calendar.holidayName(LocalDate.of(2008, 4, 4))).contains("清明节");
        // the extended 春节 2020 ends on Sunday 02-02
        assertThat(calendar.holidayName(LocalDate.of(2020, 2, 2))).contains("春节");
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
        assertThat(calendar.holidayName(LocalDate.of(2015, 9, 3))).contains("抗战胜利70周年纪念日");
        assertThat(calendar.isWorkingDay(LocalDate.of(2015, 9, 6))).isTrue();
        // 劳动节 2019 as changed by 国办发明电〔2019〕5号
        assertThat(calendar.holidayName(LocalDate.of(2019, 5, 3))).contains("劳动节");
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 5, 5))).isTrue();
    }

    @Test
    void aMalformedFileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2018.yaml"), """
                year: 2018
                notice: 国办发明电〔2017〕12号
                noticeDate: 2017-11-30
                holidays:
                  - name: 春节
                    from: 2018-02-15
                    to: 2018-02-31
                """);
        assertThatThrownBy(() -> CalendarFiles.readDirectory(dir))
                .isInstanceOf(CalendarFileError.class)
                .hasMessage(dir.resolve("2018.yaml") + ":7: '2018-02-31' is not a date of the calendar")
                .satisfies(e -> assertThat(((CalendarFileError) e).line()).isEqualTo(7));
    }

    @Test
    void eachKindOfMistakeIsRefusedAtItsLine() {
        Path file = Path.of("content/calendar/2018.yaml");
        String head = "year: 2018\nnotice: 国办发明电〔2017〕12号\nnoticeDate: 2017-11-30\n";
        assertRefused(file, head + "holidays:\n  - name: 春节\n    days: [2018-02-15]\nworkdays:\n  - 2018-02-12\n",
                ":8:", "only a Saturday or Sunday");
        assertRefused(file, head + "holidays:\n  - name: 春节\n    days: [2018-02-24]\nworkdays:\n  - 2018-02-24\n",
                ":8:", "both a holiday and a working day");
        assertRefused(file, head + "holidays:\n  - name: 春分\n    days: [2018-03-21]\n", ":5:", "unknown holiday '春分'");
        assertRefused(file, head + "holidays:\n  - name: 春节\n    days: [2018/02/15]\n", ":6:", "not a date written YYYY-MM-DD");
        assertRefused(file, head + "holidays:\n  - name: 春节\n    days: [2019-02-15]\n", ":6:", "outside");
        assertRefused(file, head + "holidays:\n  - name: 春节\n    from: 2018-02-21\n    to: 2018-02-15\n", ":7:", "before 'from'");
        assertRefused(file, head + "holiday:\n  - name: 春节\n", ":4:", "unknown key 'holiday'");
        assertRefused(file, "year: 2018\nnoticeDate: 2017-11-30\nholidays: []\n", ":1:", "'notice' is missing");
        // a number needs its date; only a notice named by its title (number unverified) may go without one
        assertRefused(file, "year: 2018\nnotice: 国办发明电〔2017〕12号\nholidays: []\n", ":1:", "'noticeDate' is missing");
        assertRefused(file, head + "laterNotices:\n  - notice: 国办发明电〔2018〕1号\n    noticeDate: 2019-01-02\nholidays: []\n", ":6:",
                "cannot be dated after that year");
        assertRefused(file, head + "holidays:\n  - name: 春节\n    days: [2018-02-15\n", ":", "not valid YAML");
    }

    @Test
    void aProvisionalYearHasNoNoticeNoSwappedDaysAndComesLast(@TempDir Path dir) throws IOException {
        CalendarYear y2027 = CalendarFiles.readDirectory(DIR).years().get(2027 - 2008);
        assertThat(y2027.provisional()).isTrue();
        assertThat(y2027.notice()).isNull();
        assertThat(y2027.workdays()).isEmpty();

        Path file = Path.of("content/calendar/2027.yaml");
        String holidays = "holidays:\n  - name: 元旦\n    days: [2027-01-01]\n";
        assertRefused(file, "year: 2027\nprovisional: true\nnotice: 国办发明电〔2026〕1号\n" + holidays, ":3:",
                "a provisional year has no notice");
        assertRefused(file, "year: 2027\nprovisional: true\n" + holidays + "workdays:\n  - 2027-02-20\n", ":7:",
                "a provisional year has no workdays");
        assertRefused(file, "year: 2027\nprovisional: yes\n" + holidays, ":2:", "provisional is written 'provisional: true'");

        Files.writeString(dir.resolve("2026.yaml"), "year: 2026\nprovisional: true\nholidays: []\n");
        Files.writeString(dir.resolve("2027.yaml"), "year: 2027\nnotice: x\nnoticeDate: 2026-11-04\nholidays: []\n");
        assertThatThrownBy(() -> CalendarFiles.readDirectory(dir)).hasMessageContaining("2026.yaml: is provisional, but 2027.yaml");
    }

    @Test
    void aFileNamedForAnotherYearOrAGapIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2018.yaml"), "year: 2019\nnotice: x\nnoticeDate: 2018-12-06\nholidays: []\n");
        assertThatThrownBy(() -> CalendarFiles.readDirectory(dir)).hasMessageContaining("2018.yaml:1: says year 2019");

        Files.writeString(dir.resolve("2018.yaml"), "year: 2018\nnotice: x\nnoticeDate: 2017-11-30\nholidays: []\n");
        Files.writeString(dir.resolve("2020.yaml"), "year: 2020\nnotice: x\nnoticeDate: 2019-11-21\nholidays: []\n");
        assertThatThrownBy(() -> CalendarFiles.readDirectory(dir)).hasMessageContaining("2019.yaml: missing");
    }

    @Test
    void aMissingDirectoryIsAnEmptyCalendarThatRefusesEveryDay(@TempDir Path dir) {
        HolidayCalendar calendar = CalendarFiles.readDirectory(dir.resolve("calendar"));
        assertThat(calendar.years()).isEmpty();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2019, 5, 15))).isInstanceOf(NoCalendarForYear.class);
    }

    private static void assertRefused(Path file, String text, String line, String problem) {
        assertThatThrownBy(() -> CalendarFiles.parse(file, text))
                .isInstanceOf(CalendarFileError.class)
                .hasMessageStartingWith(file + line)
                .hasMessageContaining(problem);
    }
}
