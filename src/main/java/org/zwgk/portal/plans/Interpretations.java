package org.zwgk.portal.plans;

import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.Document;

/**
 * Seed row 13 (解读 published with its policy): which published policies want an interpretation. A
 * policy an organization makes itself does, in the site's 政策文件 channel or an organization's own
 * (its set's -zcwj); laws and regulations republished for reference (法律法规) do not.
 */
final class Interpretations {

    static final String SITE_POLICY_CHANNEL = "zcwj";
    static final String ORGANIZATION_POLICY_SUFFIX = "-zcwj";

    private Interpretations() {
    }

    static boolean required(Document d) {
        return d.meta.type == DocumentType.POLICY && d.channel != null
                && (d.channel.code.equals(SITE_POLICY_CHANNEL) || d.channel.code.endsWith(ORGANIZATION_POLICY_SUFFIX));
    }
}
