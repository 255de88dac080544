package org.zwgk.portal.documents;

import org.zwgk.portal.catalog.DocumentType;

import java.time.Instant;
import java.time.LocalDate;

/** A document as lists show it: pages, the JSON API and feeds all use this one shape. */
public record DocumentSummary(
        long id,
        String indexNumber,
        String title,
        String docNumber,
        DocumentType type,
        String organization,
        String organizationCode,
        String channel,
        String channelCode,
        String topic,
        String genre,
        LocalDate writtenDate,
        Instant publishedAt,
        Validity validity,
        String summary,
        String url,
        String externalId,
        String publisher) {

    static DocumentSummary of(Document d) {
        return new DocumentSummary(d.id, d.indexNumber, d.meta.title, d.meta.docNumber, d.meta.type,
                d.organization.name, d.organization.code, d.channel.name, d.channel.code,
                d.meta.topic == null ? null : d.meta.topic.name, d.meta.genre == null ? null : d.meta.genre.name,
                d.meta.writtenOn, d.publishedAt, d.meta.validity,
                // a document is withdrawn for what it says: its 摘要 says it too (security audit: the API kept it)
                d.status == DocumentStatus.WITHDRAWN ? null : d.meta.summary, d.url(), d.externalId,
                d.publisherName());
    }

    /** A citizen's published letter and its answer: read as a question and answer, not as a 政府信息 with its catalogue data. */
    public boolean letter() {
        return org.zwgk.portal.channels.Channel.LETTERS.equals(channelCode);
    }
}
