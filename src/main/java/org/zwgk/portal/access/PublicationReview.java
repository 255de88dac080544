package org.zwgk.portal.access;

/**
 * Where something staff wrote stands on its way to the public (a consultation, an interview): who
 * published it, or whether the person looking may publish it now (a reviewer of its organization who
 * did not write it). The workbench pages show it with the tag {@code publicationReview}.
 */
public record PublicationReview(boolean published, String publishedBy, boolean canPublish) {

    public static PublicationReview of(PortalUser user, Publishable item) {
        boolean published = item.published();
        return new PublicationReview(published, item.publisher(),
                !published && user != null && user.has(Role.REVIEWER, item.owner().code()) && !user.username().equals(item.author()));
    }
}
