package org.zwgk.portal.consultations;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A consultation opens and closes by the date of the clock it is asked with: nothing has to run. */
class ConsultationClockTest {

    @Test
    void closesOnItsEndDateByItself() {
        Consultation c = new Consultation();
        c.opensOn = LocalDate.of(2026, 9, 1);
        c.closesOn = LocalDate.of(2026, 9, 30);
        assertThat(c.days()).isEqualTo(30);
        assertThat(c.state(LocalDate.of(2026, 8, 31))).isEqualTo(Consultation.State.UPCOMING);
        assertThat(c.state(LocalDate.of(2026, 9, 1))).isEqualTo(Consultation.State.OPEN);
        assertThat(c.state(LocalDate.of(2026, 9, 30))).as("the end date is still open").isEqualTo(Consultation.State.OPEN);
        assertThat(c.state(LocalDate.of(2026, 10, 1))).isEqualTo(Consultation.State.CLOSED);
    }
}
