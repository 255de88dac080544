package org.zwgk.portal.documents;

import org.zwgk.portal.catalog.DocumentType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Everything the public may know of a listed document, as one snapshot: what the search index
 * (and later feeds) are built from, without reaching into publishing's tables.
 */
public record PublicDocument(
        long id,
        String indexNumber,
        String title,
        String docNumber,
        DocumentType type,
        String organizationCode,
        String organization,
        String channelCode,
        String channel,
        String topicCode,
        String topicParentCode,
        String genreCode,
        LocalDate writtenDate,
        Instant publishedAt,
        String summary,
        String body,
        String url,
        String externalId,
        Validity validity) {

    /** Without a stated 有效性 (most documents are not policies). */
    public PublicDocument(long id, String indexNumber, String title, String docNumber, DocumentType type, String organizationCode,
                          String organization, String channelCode, String channel, String topicCode, String topicParentCode,
                          String genreCode, LocalDate writtenDate, Instant publishedAt, String summary, String body, String url,
                          String externalId) {
        this(id, indexNumber, title, docNumber, type, organizationCode, organization, channelCode, channel, topicCode,
                topicParentCode, genreCode, writtenDate, publishedAt, summary, body, url, externalId, null);
    }

    static PublicDocument of(Document d) {
        return new PublicDocument(d.id, d.indexNumber, d.meta.title, d.meta.docNumber, d.meta.type, d.organization.code,
                d.publisherName(), d.channel.code, d.channel.name, d.meta.topic == null ? null : d.meta.topic.code,
                d.meta.topic == null || d.meta.topic.parent == null ? null : d.meta.topic.parent.code,
                d.meta.genre == null ? null : d.meta.genre.code, d.meta.writtenOn, d.publishedAt, d.meta.summary, d.meta.body, d.url(),
                d.externalId, d.meta.validity);
    }
}
