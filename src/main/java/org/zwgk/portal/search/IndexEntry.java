package org.zwgk.portal.search;

import java.time.Instant;
import java.util.Map;

/**
 * Something other than a document that the public search finds (a structured record …), as its
 * source hands it over: already public and masked. {@code kind} names the source, {@code key} the
 * entry within it; {@code facets} are its own facet dimensions (field label to value).
 */
public record IndexEntry(String kind, String key, String title, String text, String url, String organizationCode,
                         String organizationName, String group, String groupLabel, Instant publishedAt,
                         Map<String, String> facets) {
}
