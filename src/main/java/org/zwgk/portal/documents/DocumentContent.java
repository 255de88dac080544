package org.zwgk.portal.documents;

import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;

/**
 * A document to publish: where it goes, its metadata, and (for imports) when it was first published; without
 * that date it is published now, unless {@code undated}: an imported text whose source gives no date has no
 * 发布日期 rather than the import's (review: 上海港口条例 and a GitHub guide opened 最新信息 as news of the day).
 */
public record DocumentContent(Organization organization, Channel channel, DocumentMetadata meta, Instant publishedAt,
                              boolean undated) {

    public DocumentContent(Organization organization, Channel channel, DocumentMetadata meta, Instant publishedAt) {
        this(organization, channel, meta, publishedAt, false);
    }
}
