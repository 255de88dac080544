package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.portal.calendar.CalendarFiles;
import org.zwgk.portal.calendar.WorkingDays;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadline check: a letter's due day is stored when it is received. One counted over a year whose notice the site did
 * not hold yet (late December, before next year's file) was kept as counted, and its 暂定 mark went once the notice
 * was entered, so the estimate stood as final while the README says every deadline is counted afresh from the
 * files. Now such a due day is marked, and counted again at start on the files then in use.
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class MessageDueRecountTest {

    @Inject
    MessageFixtures fixtures;

    @Inject
    MessageDueDays dueDays;

    @Inject
    MessageRules rules;

    /**
     * A 咨询 received Thu 2025-12-25, counted before the 2026 file was there, on the holidays the 放假办法 fixes:
     * 26(1) 29(2) 30(3) 31(4); 2026-01-01 元旦; Fri 01-02(5). The 2026 notice made 01-01–03 holidays and Sun 01-04 a
     * working day: 26(1) 29(2) 30(3) 31(4); 01-04 wd(5).
     */
    static final LocalDate RECEIVED = LocalDate.of(2025, 12, 25);
    static final LocalDate COUNTED_WITHOUT_THE_NOTICE = LocalDate.of(2026, 1, 2);
    static final LocalDate COUNTED_ON_THE_NOTICE = LocalDate.of(2026, 1, 4);

    @Test
    void aDueDayCountedWithoutTheNoticeIsCountedAgainOnceItIsEntered(@TempDir Path until2025) throws IOException {
        // what the portal counted in December 2025, its files ending with 2025
        try (var files = Files.list(Path.of("content/calendar"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().compareTo("2026") < 0).toList()) {
                Files.copy(f, until2025.resolve(f.getFileName()));
            }
        }
        WorkingDays then = WorkingDays.of(CalendarFiles.readDirectory(until2025));
        assertThat(then.addWorkingDaysOrStatutory(RECEIVED, 5)).isEqualTo(COUNTED_WITHOUT_THE_NOTICE);
        assertThat(then.provisionalYearOf(COUNTED_WITHOUT_THE_NOTICE)).contains(2026);

        long provisional = stored(fixtures.handling("czj"), COUNTED_WITHOUT_THE_NOTICE, true);
        long given = stored(fixtures.handling("czj"), COUNTED_WITHOUT_THE_NOTICE, false);

        dueDays.recountAtStart();

        CitizenMessage recounted = load(provisional);
        assertThat(recounted.dueOn).as("counted again on the 2026 notice").isEqualTo(COUNTED_ON_THE_NOTICE);
        assertThat(recounted.dueProvisional).as("final now").isFalse();
        assertThat(load(given).dueOn).as("a final due day is the one the citizen was given").isEqualTo(COUNTED_WITHOUT_THE_NOTICE);
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.count(
                "action = ?1 and entityId = ?2", "message.due.recount", provisional))).isEqualTo(1);
    }

    @Test
    void aDueDayIntoTheProvisionalYearIsMarkedAndStaysUntilItsNoticeIsEntered() {
        long id = fixtures.handling("czj");
        // a 建议 received Sat 2026-12-26: 28–31(4); 2027-01-01 hol; 04–08(9); 11–15(14); 18(15), on the provisional 2027
        QuarkusTransaction.requiringNew().run(() -> {
            CitizenMessage m = CitizenMessage.findById(id);
            m.type = MessageType.SUGGESTION;
            m.receivedOn = LocalDate.of(2026, 12, 26);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            CitizenMessage m = CitizenMessage.findById(id);
            rules.setDue(m, m.receivedOn);
        });
        assertThat(load(id).dueOn).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(load(id).dueProvisional).isTrue();
        dueDays.recountAtStart();
        assertThat(load(id).dueOn).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(load(id).dueProvisional).as("still counted over the provisional 2027").isTrue();
    }

    private long stored(long id, LocalDate due, boolean provisional) {
        QuarkusTransaction.requiringNew().run(() -> {
            CitizenMessage m = CitizenMessage.findById(id);
            m.receivedOn = RECEIVED;
            m.dueOn = due;
            m.dueProvisional = provisional;
        });
        return id;
    }

    private static CitizenMessage load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id));
    }
}
