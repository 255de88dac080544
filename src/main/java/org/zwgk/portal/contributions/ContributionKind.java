package org.zwgk.portal.contributions;

import java.util.function.Supplier;

/**
 * One kind of contribution: its entity, the word its audit rows use ({@code "comment"} makes
 * {@code consultation.comment.approve} and {@code comment 42}), the noun its feature's pages call it
 * (from the feature's message bundle) and the feature's text for an unknown one.
 */
public record ContributionKind<T extends Contribution>(Class<T> type, String word, Supplier<String> noun, Supplier<String> notFound) {
}
