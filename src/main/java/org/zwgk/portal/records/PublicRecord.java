package org.zwgk.portal.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A record as the public sees it (pages, API, open data, search): only public fields, every value
 * through the de-identification gate.
 */
public record PublicRecord(long id, String type, String title, String organization, String organizationName,
                           Instant publishedAt, int version, LocalDate dueOn, boolean late, String url,
                           Map<String, String> values) {
}
