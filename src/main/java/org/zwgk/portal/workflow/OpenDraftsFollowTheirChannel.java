package org.zwgk.portal.workflow;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.channels.ChannelHandedOver;

import java.time.Instant;

/**
 * 谁开设、谁管理 for work in progress: when a site admin transfers or merges a channel, the drafts still
 * open in it go to the channel's new owner (and, merged, into the other channel). Left behind, the old
 * owner's editors and reviewers could still finish and publish into a channel that is no longer theirs,
 * and the new owner would not even see it. A draft in review or approved goes back to its editors: its
 * approvals were given under the old owner, and the new owner's reviewers have not seen it.
 */
@ApplicationScoped
class OpenDraftsFollowTheirChannel {

    private final AuditLog audit;

    OpenDraftsFollowTheirChannel(AuditLog audit) {
        this.audit = audit;
    }

    void follow(@Observes ChannelHandedOver handed) {
        for (Draft d : Draft.openIn(handed.from())) {
            String before = "单位=" + d.organization.code + "，栏目=" + d.channel.code + "，状态=" + d.status;
            if (!d.organization.id.equals(handed.previousOwner().id)) {
                // another organization's draft in a shared platform channel (an interview transcript in
                // zxft): it stays that organization's, in review where it is; only a merge moves its channel
                if (d.channel != handed.into()) {
                    d.channel = handed.into();
                    audit.record(handed.actor(), "draft.rehome", "draft", d.id, handed.into().code, before,
                            "单位=" + d.organization.code + "，栏目=" + d.channel.code + "，状态=" + d.status);
                }
                continue;
            }
            d.channel = handed.into();
            d.organization = handed.into().owner;
            d.requiredLevels = ReviewLevels.requiredBy(d.organization);
            if (d.status == DraftStatus.SUBMITTED || d.status == DraftStatus.APPROVED) {
                DraftReview.record(d, d.approvedLevels + 1, handed.actor().name(), DraftReview.Decision.RETURN,
                        MessageBundles.get(WorkflowLabels.class).draftHandedOver(handed.into().name, d.organization.name));
                d.status = DraftStatus.RETURNED;
                d.approvedLevels = 0;
            }
            d.updatedAt = Instant.now();
            d.updatedBy = handed.actor().name();
            audit.record(handed.actor(), "draft.rehome", "draft", d.id, handed.into().code, before,
                    "单位=" + d.organization.code + "，栏目=" + d.channel.code + "，状态=" + d.status);
        }
    }
}
