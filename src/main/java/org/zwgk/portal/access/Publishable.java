package org.zwgk.portal.access;

import java.time.Instant;
import java.util.function.Supplier;

import org.zwgk.portal.web.UserError;

/**
 * Something staff write that the public sees only once a reviewer of its organization other than its
 * authors has published it (four eyes): a survey, a consultation, an interview. {@link Ownership#requirePublishable}
 * checks who may publish it, {@link #publicOnly} hides it from the public until then.
 */
public interface Publishable {

    Owner owner();

    /** The usernames of whoever wrote it or changed it before publication: none of them may approve it. */
    java.util.Set<String> authors();

    /** The reviewer who made it public; null while it waits for review. */
    String publisher();

    void markPublished(String reviewer, Instant at);

    /** What the public will read of it once published (title, description …), for the sensitive-word check. */
    String[] publicTexts();

    /** Its kind and id, as its level approvals ({@link PublicationApproval}) name it. */
    String reviewType();

    Long reviewId();

    /** Its organization's review levels when it was written. */
    int requiredLevels();

    default java.util.List<String> approvers() {
        return PublicationApproval.approvers(this);
    }

    boolean published();

    /** {@code item} if the public may see it; else {@code notFound}, as for something that does not exist. */
    static <T extends Publishable> T publicOnly(T item, Supplier<UserError> notFound) {
        if (!item.published()) {
            throw notFound.get();
        }
        return item;
    }
}
