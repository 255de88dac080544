package org.zwgk.portal.access;

/**
 * How someone reads an organization's consultations, interviews and surveys: the public what was
 * published, through the privacy gate; an overseer (an auditor, 监督考评) the pages at work too, with
 * what citizens sent and staff typed through the same gate; its staff (and site admins) everything
 * as typed, which moderating and writing need.
 */
public enum Reader {
    PUBLIC, OVERSEER, STAFF;

    /** Reads the pages at work: what waits for moderation, who wrote and approved. */
    public boolean atWork() {
        return this != PUBLIC;
    }

    /** Reads texts as typed, before the privacy gate. */
    public boolean asTyped() {
        return this == STAFF;
    }
}
