package org.zwgk.portal.workflow;

import org.zwgk.portal.access.PortalUser;

import java.util.List;

/**
 * What a feature outside drafts has waiting for a reviewer. Consultations, surveys, interviews and
 * messages each offer one as a bean, so the workbench home lists their items beside the drafts without
 * this package reading theirs (they build on it, not it on them).
 */
public interface ReviewQueueSource {

    /** The items whose next level this person may approve now, oldest first; none for someone who reviews nowhere. */
    default List<AwaitingReview> awaiting(PortalUser user) {
        java.util.Set<String> organizations = user.organizationsWith(org.zwgk.portal.access.Role.REVIEWER);
        return organizations.isEmpty() ? List.of() : awaiting(user, organizations);
    }

    /** The same, among the items of {@code organizations} (those in which the person reviews, never empty). */
    List<AwaitingReview> awaiting(PortalUser user, java.util.Set<String> organizations);

    /**
     * The items a reviewer sent back (退回修改) to the editors of the organizations this person edits for,
     * each with who sent it back and when ({@code author}, {@code since}); none for someone who edits nowhere.
     */
    default List<AwaitingReview> returned(PortalUser user) {
        java.util.Set<String> organizations = user.organizationsWith(org.zwgk.portal.access.Role.EDITOR);
        return organizations.isEmpty() ? List.of() : returned(organizations);
    }

    /** The same, among the items of {@code organizations} (never empty); none where nothing is sent back. */
    default List<AwaitingReview> returned(java.util.Set<String> organizations) {
        return List.of();
    }
}
