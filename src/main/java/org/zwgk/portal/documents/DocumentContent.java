package org.zwgk.portal.documents;

import org.zwgk.portal.catalog.DocumentType;

import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.time.LocalDate;

/** What an author decides about a document: its metadata and body, without workflow state. */
public record DocumentContent(
        DocumentType type,
        String title,
        String docNumber,
        Organization organization,
        Channel channel,
        Classification topic,
        Classification genre,
        LocalDate writtenOn,
        Instant publishedAt,
        Validity validity,
        Disclosure disclosure,
        String withheldReason,
        String summary,
        String body) {
}
