package org.zwgk.portal.workflow;

import java.util.List;

/**
 * A feature that generates drafts says on the draft's page what publishing it changes elsewhere on the
 * site (a work plan row's 进展), so the reviewer approves knowing it. Offered as a bean, as
 * {@link SubmissionCheck}: this package shows the lines without reading that feature's data.
 */
public interface DraftNote {

    /** The lines for this draft's page; none when the draft is not this feature's. */
    List<String> notes(Draft draft);
}
