package org.zwgk.portal.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The 政府信息公开条例 in force on the day a request is received decides its clock: Decree 492
 * (in force 2008-05-01) answers within 15 working days, Decree 711 (in force 2019-05-15) within 20.
 */
public enum Regulation {

    DECREE_492("国务院令第492号", LocalDate.of(2008, 5, 1), 15, 15),
    DECREE_711("国务院令第711号", LocalDate.of(2019, 5, 15), 20, 20);

    private final String label;
    private final LocalDate inForceFrom;
    private final int answerWorkingDays;
    private final int extensionWorkingDays;

    Regulation(String label, LocalDate inForceFrom, int answerWorkingDays, int extensionWorkingDays) {
        this.label = label;
        this.inForceFrom = inForceFrom;
        this.answerWorkingDays = answerWorkingDays;
        this.extensionWorkingDays = extensionWorkingDays;
    }

    /** The regulation in force on the day of receipt; empty before the first one took effect. */
    public static Optional<Regulation> inForceOn(LocalDate received) {
        if (!received.isBefore(DECREE_711.inForceFrom)) {
            return Optional.of(DECREE_711);
        }
        return received.isBefore(DECREE_492.inForceFrom) ? Optional.empty() : Optional.of(DECREE_492);
    }

    /** As cited: 国务院令第492号 / 国务院令第711号. */
    public String label() {
        return label;
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    /** Working days to answer, counted from the day after receipt. */
    public int answerWorkingDays() {
        return answerWorkingDays;
    }

    /**
     * Working days of one consultation left out of the answer period. Decree 711 (Art. 33) leaves out the
     * time of consulting a third party (Art. 32) or another authority (Art. 34), whose replies are due
     * within 15 working days; Decree 492 (Art. 24) a third party's time with no such limit, and knows no
     * consultation of another authority.
     */
    public int consultationPauseLimit(boolean ofAuthority) {
        if (this == DECREE_492) {
            return ofAuthority ? 0 : Integer.MAX_VALUE;
        }
        return 15;
    }

    /** The longest extension allowed once. */
    public int extensionWorkingDays() {
        return extensionWorkingDays;
    }
}
