package org.zwgk.portal.requests;

import java.time.LocalDate;

/**
 * A request as a page shows it: the record, its clock today, and the applicant's data, opened only
 * for the handling organization's pages ({@code applicant} null elsewhere; {@code applicantName} and
 * {@code asked}, what was asked, are then masked).
 */
public record RequestView(InfoRequest request, String organization, String transferredFrom, RequestClock.Deadline deadline,
                          RequestClock.Flag flag, int workingDaysLeft, LocalDate correctionWindowEnd,
                          boolean correctionWindowInYearWithoutCalendar, Applicant applicant,
                          String applicantName, LocalDate today, Integer calendarMissing,
                          java.util.List<RequestFile> files, String asked, LocalDate suggestedCorrectionDue) {

    /** The applicant's kind of ID as a value the page can name (居民身份证), or null. */
    public IdType applicantIdType() {
        if (applicant == null || applicant.idType() == null) {
            return null;
        }
        try {
            return IdType.valueOf(applicant.idType());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean overdue() {
        return flag == RequestClock.Flag.OVERDUE;
    }

    public boolean dueSoon() {
        return flag == RequestClock.Flag.DUE_SOON;
    }

    public boolean paused() {
        return flag == RequestClock.Flag.PAUSED;
    }

    /** Answered after its due day (逾期答复): the annual review and the applicant's remedies (Art. 51) count it. */
    public boolean answeredLate() {
        return request.answeredOn != null && deadline != null && request.answeredOn.isAfter(deadline.due());
    }

    /** The working days to answer under the regulation of receipt (Decree 711's 20 before receipt is known). */
    public int answerWorkingDays() {
        return request.receivedOn == null ? 20 : RequestClock.regulation(request.receivedOn).answerWorkingDays();
    }

    /** The longest extension the regulation of receipt allows. */
    public int maxExtension() {
        return request.receivedOn == null ? 0 : RequestClock.regulation(request.receivedOn).extensionWorkingDays();
    }

    /** The 补正 time the form suggests: 15 days, the time offices commonly give (Art. 30 says 合理), to a working day. */
    static final int SUGGESTED_CORRECTION_DAYS = 15;

    /** When a request not yet registered arrived, in the portal's zone (its 登记 confirms the day of receipt). */
    public LocalDate submittedOn() {
        return request.submittedAt.atZone(org.zwgk.portal.common.PortalConfig.ZONE).toLocalDate();
    }

    /** Days a submitted request has waited for its 登记: its answer period only starts once both sides confirm it (Art. 31). */
    public long daysAwaitingRegistration() {
        return request.status == RequestStatus.SUBMITTED ? Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(submittedOn(), today)) : 0;
    }

    /** Waiting long enough for the list to mark it: the applicant sees no deadline until then. */
    public boolean registrationLate() {
        return daysAwaitingRegistration() >= REGISTRATION_WARNING_DAYS;
    }

    static final int REGISTRATION_WARNING_DAYS = 3;

    /** The working days after receipt in which a 补正 may be asked for (Art. 30). */
    public int correctionWindowDays() {
        return RequestClock.CORRECTION_WINDOW;
    }

    public boolean correctionAllowed() {
        return request.status == RequestStatus.REGISTERED && request.correctionAskedOn == null
                && (correctionWindowEnd != null ? !today.isAfter(correctionWindowEnd) : correctionWindowInYearWithoutCalendar);
    }
}
