package org.zwgk.portal.workflow;

/**
 * A feature that generates drafts (the annual report) may refuse their submission to review while
 * the text it generated still needs the organization's input. Offered as a bean, so this package
 * asks it without reading that feature's data (the feature builds on workflow, not workflow on it).
 */
public interface SubmissionCheck {

    /** Throws a {@link org.zwgk.portal.web.UserError} when this draft may not go to review yet; nothing otherwise. */
    void check(Draft draft);
}
