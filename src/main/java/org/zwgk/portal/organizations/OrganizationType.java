package org.zwgk.portal.organizations;

/** What kind of government body an organization is; labels live in the message bundle. */
public enum OrganizationType {
    GOVERNMENT, OFFICE, DEPARTMENT, TOWN, AGENCY,
    /**
     * A body the plan gives tasks to that is not an administrative organ (行政机关): the offices of the 党委,
     * 人大常委会 and 政协. The 条例 binds administrative organs only, so it receives no 依申请公开 request.
     */
    NON_ADMINISTRATIVE;

    /** Whether a citizen may send it a 依申请公开 request (条例 Art. 2, 4). */
    public boolean receivesRequests() {
        return this != NON_ADMINISTRATIVE;
    }
}
