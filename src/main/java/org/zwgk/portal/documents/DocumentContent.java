package org.zwgk.portal.documents;

import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;

/** A document to publish: where it goes, its metadata, and (for imports) when it was first published. */
public record DocumentContent(Organization organization, Channel channel, DocumentMetadata meta, Instant publishedAt) {
}
