package org.zwgk.portal.requests;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.calendar.NoCalendarForYear;
import org.zwgk.portal.privacy.Deidentifier;

/** Builds {@link RequestView}s; reads only. */
@ApplicationScoped
public class RequestViews {

    private final RequestService service;
    private final ApplicantCipher cipher;
    private final Deidentifier deidentifier;

    RequestViews(RequestService service, ApplicantCipher cipher, Deidentifier deidentifier) {
        this.service = service;
        this.cipher = cipher;
        this.deidentifier = deidentifier;
    }

    /** {@code staff}: for the handling organization's pages (the caller has checked who asks). */
    public RequestView of(InfoRequest r, boolean staff) {
        Clocked c = clocked(r);
        Applicant applicant = cipher.open(r.sealed(), r.trackingCode);
        String name = staff ? applicant.name() : deidentifier.maskName(applicant.name());
        return new RequestView(r, r.organization.name, r.transferredFrom == null ? null : r.transferredFrom.name,
                c.deadline, c.flag, c.left, c.window, c.windowOpen, staff ? applicant : null, name, c.today, c.missingYear,
                RequestFile.of(r), staff ? r.description : deidentifier.maskCitizenText(r.description),
                staff ? service.clock().suggestedDue(c.today, RequestView.SUGGESTED_CORRECTION_DAYS) : null);
    }

    /** Where the request's statutory clock stands today (what the workbench home counts), without opening the applicant. */
    public RequestClock.Flag flag(InfoRequest r) {
        return clocked(r).flag;
    }

    private record Clocked(RequestClock.Deadline deadline, RequestClock.Flag flag, int left, java.time.LocalDate window,
                           boolean windowOpen, java.time.LocalDate today, Integer missingYear) {
    }

    private Clocked clocked(InfoRequest r) {
        RequestClock clock = service.clock();
        java.time.LocalDate today = service.today();
        RequestClock.Deadline deadline = null;
        RequestClock.Flag flag = RequestClock.Flag.NONE;
        int left = 0;
        java.time.LocalDate window = null;
        Integer missingYear = null;
        boolean windowOpen = false;
        if (r.receivedOn != null) {
            try {
                window = clock.correctionWindowEnd(r.receivedOn);
            } catch (NoCalendarForYear e) {
                // its 7th working day is in a year without a file, so later than today while today is before that
                // year: 补正 is still offered (deadline check), without a day
                missingYear = e.year();
                windowOpen = today.isBefore(java.time.LocalDate.of(e.year(), 1, 1));
            }
            try {
                // while a correction is awaited no answer period runs: it starts afresh on the day the
                // corrected request arrives (Art. 30), so no date is shown that the law has suspended;
                // none ever ran for a request given up for want of it
                deadline = r.status == RequestStatus.CORRECTION || r.abandoned() ? null : clock.deadline(r.facts(), today);
                if (r.status == RequestStatus.REGISTERED || r.status == RequestStatus.CONSULTING) {
                    flag = clock.flag(deadline, today);
                    left = clock.workingDaysLeft(deadline, today);
                }
            } catch (NoCalendarForYear e) {
                // the deadline runs into a year whose holidays are not announced yet: said, not guessed
                missingYear = e.year();
            }
        }
        return new Clocked(deadline, flag, left, window, windowOpen, today, missingYear);
    }
}
