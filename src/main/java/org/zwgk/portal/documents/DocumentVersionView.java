package org.zwgk.portal.documents;

import java.time.Instant;

/** An old version as its own page shows it. */
public record DocumentVersionView(
        DocumentSummary document,
        String version,
        ChangeKind kind,
        String changeNote,
        Instant createdAt,
        String title,
        String docNumber,
        Validity validity,
        String bodyHtml,
        boolean current) {
}
