package org.zwgk.portal.workflow;

import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.channels.ChannelAdminService;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.organizations.Organization;

/**
 * Which organization answers for a published document: its editors revise it, its reviewers and org
 * admins withdraw it. Usually the channel's owner (谁开设、谁管理). Not where another organization published
 * into a channel that is not its own: a lead unit's reply in the platform's hdjl, an interview's transcript
 * in zxft. Those stay the publisher's, as their drafts do ({@link OpenDraftsFollowTheirChannel}); else the
 * platform rewrote a 市财政局 reply under its own name and the 财政局 could not correct it (security review).
 * What a channel's former owner published there went to the new owner with the channel, as its drafts did.
 */
final class AnsweringOrganization {

    private AnsweringOrganization() {
    }

    static Organization of(Document doc) {
        return of(doc, ChannelAdminService::formerOwners);
    }

    /** As {@link #of(Document)}, for a list: {@code formerOwners} remembers each channel's (it reads the audit log). */
    static Organization of(Document doc, java.util.function.Function<Channel, java.util.Set<String>> formerOwners) {
        Organization owner = doc.channel.owner;
        if (doc.organization == null || doc.organization.id.equals(owner.id)
                || formerOwners.apply(doc.channel).contains(doc.organization.code)) {
            return owner;
        }
        return doc.organization;
    }
}
