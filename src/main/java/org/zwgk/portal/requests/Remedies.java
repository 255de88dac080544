package org.zwgk.portal.requests;

import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.organizations.OrganizationType;

import java.time.LocalDate;

/**
 * What an applicant may do against an answer, as the 告知书 must tell them. Under the 行政复议法 as
 * revised in 2023 (in force 2024-01-01): a 县级以上 government's departments and offices, and the towns
 * below it, are heard by that government (Art. 24), the government itself by the one above it; and
 * against a refusal to disclose (不予公开) the applicant must first apply for 行政复议 before going to
 * court, which the answer must say (Art. 23).
 */
final class Remedies {

    /** The day the revised 行政复议法 took effect. */
    static final LocalDate REVISED_LAW = LocalDate.of(2024, 1, 1);
    /** The site setting naming the government above the portal's own (content/site.yaml). */
    static final String SUPERIOR_SETTING = "reconsideration.superior";

    private Remedies() {
    }

    /**
     * The 行政复议机关 of an organization's answers: its nearest ancestor that is a government, or for a
     * government the one above it ({@code superior}, null when unknown). Null when none is known: the
     * notice then names no body, as before.
     */
    static String organ(Organization organization, String superior) {
        if (organization.type == OrganizationType.GOVERNMENT) {
            return superior;
        }
        for (Organization o = organization.parent; o != null; o = o.parent) {
            if (o.type == OrganizationType.GOVERNMENT) {
                return o.name;
            }
        }
        return null;
    }

    /**
     * Whether the answer falls under the revised law. Before it a department's answer could go to its
     * government or to the department above (old Art. 12): the notice then names no body.
     */
    static boolean underRevisedLaw(InfoRequest r) {
        return r.answeredOn != null && !r.answeredOn.isBefore(REVISED_LAW);
    }

    /** Whether the applicant must apply for 行政复议 before suing: an answer refusing some or all of it. */
    static boolean reviewFirst(InfoRequest r) {
        boolean refused = r.answerType == AnswerType.WITHHELD
                || r.answerType == AnswerType.PARTLY_DISCLOSED && r.answerReason != null
                && AnswerReason.of(AnswerType.WITHHELD).contains(r.answerReason);
        return refused && underRevisedLaw(r);
    }
}
