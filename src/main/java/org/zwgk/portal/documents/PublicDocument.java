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
        String externalId) {

    static PublicDocument of(Document d) {
        return new PublicDocument(d.id, d.indexNumber, d.title, d.docNumber, d.type, d.organization.code,
                d.organization.name, d.channel.code, d.channel.name, d.topic == null ? null : d.topic.code,
                d.topic == null || d.topic.parent == null ? null : d.topic.parent.code,
                d.genre == null ? null : d.genre.code, d.writtenOn, d.publishedAt, d.summary, d.body, d.url(),
                d.externalId);
    }
}
