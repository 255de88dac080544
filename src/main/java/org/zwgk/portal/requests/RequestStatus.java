package org.zwgk.portal.requests;

/**
 * Where a request stands. SUBMITTED: received online, not yet registered (登记). REGISTERED: the
 * clock runs. CORRECTION: waiting for the applicant's 补正 (the clock has not started). CONSULTING:
 * third-party opinion asked (the clock stands still). ANSWERED: the 告知书 is out. ARCHIVED: closed.
 * WITHDRAWN: no correction in time (视为放弃). A transferred request is SUBMITTED again at its new organization.
 */
public enum RequestStatus {
    SUBMITTED, REGISTERED, CORRECTION, CONSULTING, ANSWERED, ARCHIVED, WITHDRAWN;

    /** Still being handled: it has (or will have) a deadline. */
    public boolean open() {
        return this == SUBMITTED || this == REGISTERED || this == CORRECTION || this == CONSULTING;
    }
}
