package org.zwgk.portal.workflow;

/**
 * Where something staff wrote stands on its way to the public (a consultation, an interview): who
 * published it, or whether the person looking may publish it now (a reviewer of its organization who
 * did not write it, and approved no earlier level: {@link PublicationLevels#review} decides), whether
 * they may send it back to its author, or why it was sent back, whether they may change or delete it
 * (an editor of its organization, before publication), and the listed sensitive words in it. The workbench pages show it with the tag {@code publicationReview}.
 */
public record PublicationReview(boolean published, String publishedBy, boolean canPublish, boolean canReturn, boolean canChange, Returned returned,
                                java.util.List<String> flaggedWords, int requiredLevels, java.util.List<String> approvers, long version,
                                String returnTyped) {

    /** The same, with the reason a refused return had (a stale page, a reason too long): shown again, not lost. */
    public PublicationReview withReturnTyped(String typed) {
        return new PublicationReview(published, publishedBy, canPublish, canReturn, canChange, returned, flaggedWords, requiredLevels,
                approvers, version, typed);
    }

    /** 退回修改: who sent it back to its author, when, and why; it waits for its author's change. */
    public record Returned(String by, java.time.Instant at, String comment) {
    }

    /** Whether the next approval is the last level, the one that publishes. */
    public boolean lastLevel() {
        return approvers.size() + 1 >= requiredLevels;
    }

    public String flaggedList() {
        return String.join("、", flaggedWords);
    }
}
