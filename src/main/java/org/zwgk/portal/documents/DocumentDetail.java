package org.zwgk.portal.documents;

import java.time.Instant;
import java.util.List;

/** Everything a document's public page and the API's detail answer show. */
public record DocumentDetail(
        DocumentSummary document,
        DocumentStatus status,
        String statusReason,
        Instant statusChangedAt,
        String version,
        String body,
        String bodyHtml,
        List<Attachment> attachments,
        List<Link> interprets,
        List<Link> interpretations,
        List<Link> answers,
        Link replacedBy,
        List<Link> replaces,
        List<Version> versions) {

    /** {@code withdrawn}: the linked document was withdrawn (an interpretation of a withdrawn policy says so). */
    public record Link(long id, String title, String docNumber, String url, boolean withdrawn) {
        static Link of(Document d) {
            return new Link(d.id, d.meta.title, d.meta.docNumber, d.url(), d.status == DocumentStatus.WITHDRAWN);
        }
    }

    public record Attachment(String title, String fileName, String mediaType, long size, String sha256, String url) {
    }

    public record Version(String version, ChangeKind kind, String changeNote, Instant createdAt, String url,
                          boolean current) {
    }
}
