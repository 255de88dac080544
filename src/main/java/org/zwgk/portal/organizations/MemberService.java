package org.zwgk.portal.organizations;

import org.zwgk.portal.audit.AuditEvent;
import org.zwgk.portal.access.AccountDirectory;
import org.zwgk.portal.access.AccountDirectory.NewAccount;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.web.UserError;

import java.util.List;

/**
 * An org admin manages who holds which role in their organization; a site admin may do so for any.
 * Accounts are referenced by id, found through {@link AccountDirectory}, so this package does not
 * reach into the account tables.
 */
@ApplicationScoped
public class MemberService {

    private final Ownership ownership;
    private final AccountDirectory accounts;
    private final AuditLog audit;

    MemberService(Ownership ownership, AccountDirectory accounts, AuditLog audit) {
        this.ownership = ownership;
        this.accounts = accounts;
        this.audit = audit;
    }

    public record Member(long membershipId, String username, Role role) {
    }

    @Transactional
    public List<Member> members(PortalUser user, String orgCode) {
        Organization org = managed(user, orgCode);
        List<Membership> memberships = Membership.ofOrganization(org);
        // every name in one query, not one per membership
        java.util.Map<Long, String> names = accounts.usernamesOf(memberships.stream().map(m -> m.accountId).distinct().toList());
        return memberships.stream()
                .map(m -> new Member(m.id, names.getOrDefault(m.accountId, "#" + m.accountId), m.role)).toList();
    }

    @Transactional
    public void add(PortalUser user, String orgCode, String username, String roleName, Actor actor) {
        Organization org = managed(user, orgCode);
        Role role = memberRole(roleName);
        Long accountId = accounts.idOf(username == null ? "" : username.strip());
        if (accountId == null) {
            throw UserError.badInput("username", m -> m.memberNoAccount(String.valueOf(username)));
        }
        // separation of duties: an org admin who made themselves reviewer would need no one else's consent
        if (username.strip().equalsIgnoreCase(user.username()) && !user.siteAdmin()) {
            throw UserError.forbidden("username", m -> m.memberNotSelf());
        }
        requireSecondPerson(user, role, accountId);
        requireUnattached(user, org, accountId);
        grant(org, accountId, username.strip(), role, actor);
    }

    /**
     * Another unit's staff, or a site admin or auditor, take a role here only through a site admin: an org
     * admin could otherwise draw another unit's people into their own review (each unit manages its own,
     * 谁开设、谁管理) or give a site-wide account a unit's role, neither unit's admin knowing of the other.
     */
    private void requireUnattached(PortalUser user, Organization org, long accountId) {
        if (user.siteAdmin()) {
            return;
        }
        List<String> elsewhere = Membership.ofAccount(accountId).stream().map(m -> m.organization)
                .filter(o -> o != org).map(o -> o.name).distinct().toList();
        if (!elsewhere.isEmpty() || accounts.holdsSiteRole(accountId)) {
            String units = String.join("、", elsewhere);
            throw UserError.forbidden("username", m -> io.quarkus.qute.i18n.MessageBundles.get(OrganizationLabels.class)
                    .memberOfAnotherUnit(units));
        }
    }

    /**
     * Four eyes over whole accounts: an org admin who created an account chose its first password, so a
     * reviewer or admin made of it would be the same person twice (an admin could create three reviewers
     * and an editor and publish alone). Those roles go to accounts someone else created, or come from a
     * site admin; an org admin's new colleagues start as editors.
     */
    private static void requireSecondPerson(PortalUser user, Role role, Long accountId) {
        if (user.siteAdmin() || role == Role.EDITOR) {
            return;
        }
        if (accountId == null || AuditEvent.count("action = ?1 and entityType = ?2 and entityId = ?3 and actor = ?4",
                "account.create", "account", accountId, user.username()) > 0) {
            throw UserError.forbidden("role", m -> m.memberNotOwnAccount());
        }
    }

    /**
     * A new colleague: an account with a one-time password, holding the role in this organization once
     * its owner has set their own password. All or nothing.
     */
    @Transactional
    public NewAccount create(PortalUser user, String orgCode, String username, String displayName, String roleName,
                             Actor actor) {
        Organization org = managed(user, orgCode);
        Role role = memberRole(roleName);
        requireSecondPerson(user, role, null);
        NewAccount account = accounts.create(username, displayName, actor);
        grant(org, account.id(), account.username(), role, actor);
        return account;
    }

    private static Role memberRole(String roleName) {
        return Role.fromExternal(roleName == null ? "" : roleName).filter(r -> !r.siteWide)
                .orElseThrow(() -> UserError.badInput("role", m -> m.memberBadRole()));
    }

    private void grant(Organization org, long accountId, String username, Role role, Actor actor) {
        if (Membership.count("accountId = ?1 and organization = ?2 and role = ?3", accountId, org, role) > 0) {
            return;
        }
        Membership m = new Membership();
        m.accountId = accountId;
        m.organization = org;
        m.role = role;
        m.persist();
        audit.record(actor, "membership.add", "organization", org.id, username + " " + roleName(role), null,
                username + "=" + roleName(role));
    }

    @Transactional
    public void remove(PortalUser user, String orgCode, long membershipId, Actor actor) {
        Organization org = managed(user, orgCode);
        Membership m = Membership.findById(membershipId);
        if (m == null || m.organization != org) {
            throw UserError.notFound(msg -> msg.memberNotFound());
        }
        if (m.role == Role.ORG_ADMIN && Membership.count("organization = ?1 and role = ?2", org, Role.ORG_ADMIN) <= 1) {
            throw UserError.conflict(msg -> msg.memberLastAdmin());
        }
        // browser walk: szfb reviews in three levels, each by another reviewer; with its third reviewer
        // removed at one click its drafts stopped at the last level and nothing could be published
        int levels = org.requiredReviewers();
        if (m.role == Role.REVIEWER) {
            // one removal at a time per organization: two admins removing two reviewers at once both saw enough left
            Organization.<Organization>findById(org.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            // a disabled account reviews nothing
            long left = Membership.count("organization = ?1 and role = ?2 and id <> ?3 and accountId in "
                    + "(select a.id from Account a where a.enabled = true)", org, Role.REVIEWER, m.id);
            if (left < levels) {
                throw UserError.conflict(msg -> io.quarkus.qute.i18n.MessageBundles.get(org.zwgk.portal.web.WorkbenchMessages.class).memberTooFewReviewers(org.name, levels, (int) left));
            }
        }
        String who = accounts.usernameOf(m.accountId);
        m.delete();
        audit.record(actor, "membership.remove", "organization", org.id, who + " " + roleName(m.role), who + "=" + roleName(m.role), null);
    }

    /** A role in the audit log's words (审核), as the members page names it. */
    private static String roleName(Role role) {
        return io.quarkus.qute.i18n.MessageBundles.get(org.zwgk.portal.access.AccessLabels.class).role(role);
    }

    private Organization managed(PortalUser user, String orgCode) {
        ownership.requireLoggedIn(user);
        Organization org = Organization.findByCode(orgCode)
                .orElseThrow(() -> UserError.notFound(m -> m.unknownOrganization(orgCode)));
        ownership.requireManager(user, org);
        return org;
    }
}
