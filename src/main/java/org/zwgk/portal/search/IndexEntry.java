package org.zwgk.portal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Something other than a document that the public search finds (a structured record …), as its
 * source hands it over: already public and masked. {@code kind} names the source, {@code key} the
 * entry within it; {@code facets} are its own facet dimensions (field label to value).
 * {@code publicUntil} is the entry's last public day (in the portal's zone), null when it stays: search
 * stops finding and counting it the day after, without waiting for its source to say so.
 */
public record IndexEntry(String kind, String key, String title, String text, String url, String organizationCode,
                         String organizationName, String group, String groupLabel, Instant publishedAt,
                         Map<String, String> facets, LocalDate publicUntil) {
}
