package org.zwgk.portal.messages;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.web.WorkbenchMessages;
import org.zwgk.portal.workflow.AwaitingReview;
import org.zwgk.portal.workflow.ReviewLevels;
import org.zwgk.portal.workflow.ReviewQueueSource;

import java.util.List;
import java.util.Set;

/** Replies to citizens' letters waiting for a reviewer's level of their lead unit, for the workbench home. */
@ApplicationScoped
class RepliesAwaitingReview implements ReviewQueueSource {

    private final ReviewLevels levels;

    RepliesAwaitingReview(ReviewLevels levels) {
        this.levels = levels;
    }

    @Override
    public List<AwaitingReview> awaiting(PortalUser user, Set<String> organizations) {
        String kind = MessageBundles.get(WorkbenchMessages.class).wbKindReply();
        return MessageReply.<MessageReply>list("status = ?1 and organization.code in ?2 order by createdAt, id",
                        MessageReply.Status.SUBMITTED, organizations).stream()
                .flatMap(r -> levels.awaiting(user, r.reviewItem(), kind, r.message.subject, "/workbench/messages/" + r.message.id,
                        r.author, r.createdAt).stream())
                .toList();
    }
}
