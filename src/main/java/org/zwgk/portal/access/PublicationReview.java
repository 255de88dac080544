package org.zwgk.portal.access;

/**
 * Where something staff wrote stands on its way to the public (a consultation, an interview): who
 * published it, or whether the person looking may publish it now (a reviewer of its organization who
 * did not write it), and the listed sensitive words in it. The workbench pages show it with the tag
 * {@code publicationReview}.
 */
public record PublicationReview(boolean published, String publishedBy, boolean canPublish, java.util.List<String> flaggedWords,
                                int requiredLevels, java.util.List<String> approvers) {

    /** {@code flaggedWords}: listed sensitive words in what it would publish, which the reviewer confirms having checked. */
    public static PublicationReview of(PortalUser user, Publishable item, java.util.List<String> flaggedWords) {
        boolean published = item.published();
        java.util.List<String> approvers = published ? java.util.List.of() : item.approvers();
        return new PublicationReview(published, item.publisher(),
                !published && user != null && user.has(Role.REVIEWER, item.owner().code()) && !user.username().equals(item.author())
                        && !approvers.contains(user.username()),
                published ? java.util.List.of() : flaggedWords, Math.max(1, item.requiredLevels()), approvers);
    }

    /** Whether the next approval is the last level, the one that publishes. */
    public boolean lastLevel() {
        return approvers.size() + 1 >= requiredLevels;
    }

    public String approverList() {
        return String.join("、", approvers);
    }

    public String flaggedList() {
        return String.join("、", flaggedWords);
    }
}
