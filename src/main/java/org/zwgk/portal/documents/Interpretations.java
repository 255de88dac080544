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
        return policy != null && DocumentLink.to(policy, LinkType.INTERPRETS).stream().anyMatch(l -> isInterpretation(l.source));
    }

    /**
     * A published document explaining the one it links to (解读): not a 一号答 answer, which rests on a provision
     * without interpreting it (its page lists those apart; the 同步解读 checks do not count them).
     */
    public static boolean isInterpretation(Document source) {
        return source.isListed() && !isAnswer(source);
    }

    /** A question and answer of the 一号答 knowledge base. */
    public static boolean isAnswer(Document d) {
        return org.zwgk.portal.channels.Channel.ANSWERS.equals(d.channel.code);
    }

    /**
     * Whether {@code interpreter} may publish an interpretation of {@code policy}: a policy of its own, or of a
     * body above it (a 部门 explains the 市政府's policy of its field, 第一解读人). Not one of an organization beside
     * or below it: the link stands on that policy's page as its 相关解读 and counts for its row 13, which only
     * its own side may answer for (security review: any organization attached a 解读 to any other's policy).
     */
    public static boolean mayInterpret(org.zwgk.portal.organizations.Organization interpreter, Document policy) {
        org.zwgk.portal.organizations.Organization issuer = policy.organization;
        if (policy.meta.publisher != null || policy.externalId != null) {
            // a law or ruling another body issued, republished here (法律法规): the unit that filed it explains it, if
            // anyone does, not every department under it (review: any department put a 解读 on the 民法典's page)
            return interpreter.id.equals(issuer.id);
        }
        // a government's office issues for it (昆政办发), and the department that drafted such a policy explains it
        // (谁起草、谁解读): the office's policies count as the government's
        org.zwgk.portal.organizations.Organization forWhom = issuer.type == org.zwgk.portal.organizations.OrganizationType.OFFICE
                && issuer.parent != null ? issuer.parent : issuer;
        for (org.zwgk.portal.organizations.Organization o = interpreter; o != null; o = o.parent) {
            if (o.id.equals(issuer.id) || o.id.equals(forWhom.id)) {
                return true;
            }
        }
        return false;
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
