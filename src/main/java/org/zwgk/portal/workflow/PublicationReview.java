package org.zwgk.portal.workflow;

/**
 * Where something staff wrote stands on its way to the public (a consultation, an interview): who
 * published it, or whether the person looking may publish it now (a reviewer of its organization who
 * did not write it, and approved no earlier level: {@link PublicationLevels#review} decides), and
 * the listed sensitive words in it. The workbench pages show it with the tag {@code publicationReview}.
 */
public record PublicationReview(boolean published, String publishedBy, boolean canPublish, java.util.List<String> flaggedWords,
                                int requiredLevels, java.util.List<String> approvers) {

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
