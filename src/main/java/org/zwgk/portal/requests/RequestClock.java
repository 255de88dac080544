package org.zwgk.portal.requests;

import org.zwgk.portal.calendar.Regulation;
import org.zwgk.portal.calendar.WorkingDays;
import org.zwgk.portal.web.UserError;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory clock of one request, in working days ({@link WorkingDays}: the start day is not
 * counted). The regulation in force on the day of receipt decides the period: Decree 492, 15 (+15);
 * Decree 711, 20 (+20). A 补正 must be asked for within 7 working days of receipt, and the clock
 * then starts again from the day the correction arrives (Art. 30). The time of consulting a third party
 * (Art. 32) or another authority (Art. 34) does not count (Art. 33), at most 15 working days of each
 * consultation, the time the consulted side has to reply (under Decree 492 a third party's whole time,
 * {@link Regulation#consultationPauseLimit}). One extension, at most the regulation's (Art. 33).
 */
public final class RequestClock {

    /** Working days after receipt in which a correction may be asked for. */
    public static final int CORRECTION_WINDOW = 7;
    /** Due within this many working days: flagged. */
    public static final int DUE_SOON = 3;

    private final WorkingDays days;

    public RequestClock(WorkingDays days) {
        this.days = days;
    }

    /** The facts the deadline depends on: the consultations one after the other, the last one perhaps running. */
    public record Facts(LocalDate received, LocalDate clockStart, List<Period> consultations, int extensionDays) {
    }

    /** A consultation's days; {@code end} null while it runs. */
    public record Period(LocalDate start, LocalDate end, RequestConsultation.Kind kind) {

        /** A third party's. */
        public Period(LocalDate start, LocalDate end) {
            this(start, end, RequestConsultation.Kind.THIRD_PARTY);
        }
    }

    /**
     * {@code provisionalYear}: counted over a year whose holiday notice is not out yet (null: final).
     * {@code pauseUsedUpOn}: the last day a running consultation stopped the clock, once it has run
     * longer than the regulation lets it (null otherwise): the clock runs again after it.
     */
    public record Deadline(Regulation regulation, int workingDays, int pausedDays, int extensionDays, LocalDate due,
                           boolean paused, Integer provisionalYear, LocalDate pauseUsedUpOn) {
    }

    public enum Flag { NONE, DUE_SOON, OVERDUE, PAUSED }

    public static Regulation regulation(LocalDate received) {
        return Regulation.inForceOn(received).orElseThrow(() ->
                UserError.badInput("receivedOn", m -> Ysq.text().ysqBeforeRegulation()));
    }

    /**
     * The 补正 due day a form suggests: {@code calendarDays} from today, moved on to the next working day when it
     * falls on a weekend or a holiday (browser walk: a Sunday was suggested); as it is when no calendar covers it.
     */
    public LocalDate suggestedDue(LocalDate today, int calendarDays) {
        return days.afterCalendarDays(today, calendarDays);
    }

    /** The last day a correction may be asked for. */
    public LocalDate correctionWindowEnd(LocalDate received) {
        return days.addWorkingDays(received, CORRECTION_WINDOW);
    }


    /** The legal deadline; while a consultation runs, as if it ended {@code today}. */
    public Deadline deadline(Facts f, LocalDate today) {
        Regulation r = regulation(f.received());
        LocalDate start = f.clockStart() != null ? f.clockStart() : f.received();
        boolean paused = false;
        LocalDate usedUp = null;
        int pause = 0;
        for (Period p : f.consultations()) {
            int limit = r.consultationPauseLimit(p.kind() == RequestConsultation.Kind.AUTHORITY);
            // only days the clock would have counted: none before it (re)started (a correction, a transfer)
            LocalDate from = max(p.start(), start);
            LocalDate to = p.end() == null ? max(today, from) : p.end();
            int counted = Math.max(0, days.workingDaysBetween(from, to));
            if (p.end() == null && limit > 0) {
                // a consultation past its limit no longer stops the clock, though it still runs
                paused |= counted <= limit;
                if (counted > limit) {
                    usedUp = days.addWorkingDays(from, limit);
                }
            }
            pause += Math.min(limit, counted);
        }
        int total = r.answerWorkingDays() + f.extensionDays() + pause;
        LocalDate due = days.addWorkingDays(start, total);
        return new Deadline(r, r.answerWorkingDays(), pause, f.extensionDays(), due, paused,
                days.provisionalYearBetween(f.received(), due).orElse(null), usedUp);
    }

    /**
     * Overdue once the due day has passed, even while a consultation runs (one past its 15 days no longer
     * stops the clock); due soon on the due day and the 3 working days before it.
     */
    public Flag flag(Deadline d, LocalDate today) {
        if (today.isAfter(d.due())) {
            return Flag.OVERDUE;
        }
        if (d.paused()) {
            return Flag.PAUSED;
        }
        return days.workingDaysBetween(today, d.due()) <= DUE_SOON ? Flag.DUE_SOON : Flag.NONE;
    }

    public int workingDaysLeft(Deadline d, LocalDate today) {
        return days.workingDaysBetween(today, d.due());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
