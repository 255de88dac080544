package org.zwgk.portal.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A logged-in person as the rules see them, whichever way they logged in: a user name, roles that
 * hold for the whole site, and roles per organization (by organization code).
 */
public record PortalUser(String username, String displayName, Set<Role> siteRoles, Map<String, Set<Role>> roles) {

    public boolean has(Role role, String organizationCode) {
        return roles.getOrDefault(organizationCode, Set.of()).contains(role);
    }

    /** Whether this person writes for the organization (for pages: Qute cannot name a Role). */
    public boolean editsFor(String organizationCode) {
        return has(Role.EDITOR, organizationCode);
    }

    /** Whether this person moderates what citizens send the organization: its editors and reviewers. */
    public boolean moderatesFor(String organizationCode) {
        return has(Role.EDITOR, organizationCode) || has(Role.REVIEWER, organizationCode);
    }

    /** Whether this person writes for any organization: the menu offers 新建稿件 only then. */
    public boolean editsAnywhere() {
        return !organizationsWith(Role.EDITOR).isEmpty();
    }

    /** Whether this person reviews for any organization: the home shows 待我审核 only then. */
    public boolean reviewsAnywhere() {
        return !organizationsWith(Role.REVIEWER).isEmpty();
    }

    /** Whether this person administers any organization (and so may withdraw its documents). */
    public boolean adminsAnywhere() {
        return !organizationsWith(Role.ORG_ADMIN).isEmpty();
    }

    /**
     * Whether this person works in any organization: the menu offers the organizations' own work
     * (requests, annual reports, consultations, records) only then; an auditor alone met dead ends there.
     */
    public boolean memberOfAny() {
        return roles.values().stream().anyMatch(r -> !r.isEmpty());
    }

    public boolean hasSiteRole(Role role) {
        return siteRoles.contains(role);
    }

    /** Organizations in which this person holds the role. */
    public Set<String> organizationsWith(Role role) {
        return roles.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Organizations whose members this person manages (for the workbench menu). */
    public Set<String> administeredOrganizations() {
        return organizationsWith(Role.ORG_ADMIN);
    }

    /**
     * Reads the audit trail: auditors, and site admins, who answer for the platform. The one place
     * of this rule; {@link Ownership#requireAuditReader} refuses whoever it leaves out.
     */
    public boolean auditReader() {
        return siteRoles.contains(Role.AUDITOR) || siteRoles.contains(Role.SITE_ADMIN);
    }

    public boolean siteAdmin() {
        return siteRoles.contains(Role.SITE_ADMIN);
    }

    public Set<Role> allRoles() {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(siteRoles);
        roles.values().forEach(all::addAll);
        return all;
    }
}
