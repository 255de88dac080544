package org.zwgk.portal.workflow;

import java.time.Instant;

/**
 * Something besides a draft whose next review level this person may approve now: a consultation, a
 * survey, an interview, a reply to a citizen's letter. The workbench home lists them under 待我审核.
 *
 * @param kind   what it is, in words (征求意见 …)
 * @param level  the level an approval now completes (一审 = 1), of {@code levels}
 * @param since  when it was written or sent to review
 */
public record AwaitingReview(String kind, String title, String url, String author, int level, int levels, Instant since) {
}
