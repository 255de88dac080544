package org.zwgk.portal.access;

import java.util.List;
import java.util.Optional;

/**
 * What needs a person's attention now, flagged on the workbench home where staff look first: requests
 * near or past their statutory deadline, letters waiting to be accepted, assigned or handled. Each
 * feature offers one as a bean; the home lists them without reading the features' packages.
 */
public interface WorkbenchAttention {

    /**
     * One line on the home page: where to go, what it is called, what waits there (in order of urgency).
     *
     * @param id the element's id on the page (request-attention …)
     */
    record Notice(String id, String title, String url, List<String> parts) {
    }

    /** Its line for this person, or empty when nothing of it waits for them. */
    Optional<Notice> noticeFor(PortalUser user);
}
