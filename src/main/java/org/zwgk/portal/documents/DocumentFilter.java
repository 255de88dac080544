package org.zwgk.portal.documents;

import org.zwgk.portal.catalog.DocumentType;

import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.UserError;


/**
 * Which public documents a listing shows; every field is optional. Built from user-typed codes.
 * {@code catalogue}: only government information of the 政府信息公开目录, without the channels
 * {@link Channel#OUTSIDE_CATALOGUE} (unless one of them is chosen).
 */
public record DocumentFilter(Organization organization, Channel channel, DocumentType type,
                             Classification topic, Classification genre, boolean catalogue) {

    public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null, null);
    /** The whole 政府信息公开目录, newest first: also 最新信息. */
    public static final DocumentFilter CATALOGUE = ALL.inCatalogue();

    public DocumentFilter(Organization organization, Channel channel, DocumentType type, Classification topic, Classification genre) {
        this(organization, channel, type, topic, genre, false);
    }

    /** The same as the catalogue lists it: a channel outside it is still listed when chosen by name. */
    public DocumentFilter inCatalogue() {
        return new DocumentFilter(organization, channel, type, topic, genre, channel == null);
    }

    /** Resolves codes as typed in a URL; an unknown code is the user's mistake: 400 with its name. */
    public static DocumentFilter parse(String organization, String channel, String type, String topic, String genre) {
        return new DocumentFilter(
                blank(organization) ? null : Organization.findByCode(organization.trim())
                        .orElseThrow(() -> UserError.badInput("organization", m -> m.unknownOrganization(organization))),
                blank(channel) ? null : Channel.findByCode(channel.trim())
                        .orElseThrow(() -> UserError.badInput("channel", m -> m.unknownChannel(channel))),
                blank(type) ? null : parseType(type),
                blank(topic) ? null : Classification.find(ClassificationScheme.TOPIC, topic.trim())
                        .orElseThrow(() -> UserError.badInput("topic", m -> m.unknownTopic(topic))),
                blank(genre) ? null : Classification.find(ClassificationScheme.GENRE, genre.trim())
                        .orElseThrow(() -> UserError.badInput("genre", m -> m.unknownGenre(genre))));
    }

    private static DocumentType parseType(String type) {
        return DocumentType.parse(type).orElseThrow(() -> UserError.badInput("type", m -> m.unknownType(type)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
