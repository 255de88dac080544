package org.zwgk.portal.documents;

import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.channels.Channel;

import java.util.List;

/**
 * Seed row 13 (解读 published with its policy, 同步): which policies want an interpretation. A policy
 * an organization makes itself does, in the site's 政策文件 channel or an organization's own (its
 * channel set's -zcwj); laws and regulations republished for reference (法律法规) do not. The workflow
 * warns the reviewer of such a policy without one; the plans dashboard lists those still without.
 */
public final class Interpretations {

    static final String SITE_POLICY_CHANNEL = "zcwj";
    static final String ORGANIZATION_POLICY_SUFFIX = "-zcwj";

    private Interpretations() {
    }

    public static boolean required(DocumentType type, Channel channel) {
        return type == DocumentType.POLICY && channel != null
                && (channel.code.equals(SITE_POLICY_CHANNEL) || channel.code.endsWith(ORGANIZATION_POLICY_SUFFIX));
    }

    public static boolean required(Document d) {
        return required(d.meta.type, d.channel);
    }

    /** Has a published interpretation linked to it. */
    public static boolean interpreted(Document policy) {
        return policy != null && DocumentLink.to(policy, LinkType.INTERPRETS).stream().anyMatch(l -> l.source.isListed());
    }

    /** The documents a new interpretation links to: those already linked, and this policy. */
    public static List<Document> withTarget(Document interpretation, Document policy) {
        List<Document> targets = new java.util.ArrayList<>(DocumentLink.from(interpretation, LinkType.INTERPRETS).stream()
                .map(l -> l.target).toList());
        if (!targets.contains(policy)) {
            targets.add(policy);
        }
        return targets;
    }
}
