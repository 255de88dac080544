package org.zwgk.portal.organizations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.MembershipRegistry;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.web.UserError;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Memberships as access sees them: roles by organization code. */
@ApplicationScoped
public class OrganizationMemberships implements MembershipRegistry {

    @Override
    public Map<String, Set<Role>> rolesOf(long accountId) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (Membership m : Membership.ofAccount(accountId)) {
            roles.computeIfAbsent(m.organization.code, k -> EnumSet.noneOf(Role.class)).add(m.role);
        }
        return roles;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(long accountId, Map<String, Set<Role>> roles) {
        Map<Organization, Set<Role>> resolved = new LinkedHashMap<>();
        roles.forEach((code, r) -> resolved.put(Organization.findByCode(code)
                .orElseThrow(() -> UserError.badInput("organization", m -> m.unknownOrganization(code))), r));
        Membership.delete("accountId", accountId);
        resolved.forEach((org, r) -> r.stream().filter(role -> !role.siteWide).forEach(role -> {
            Membership m = new Membership();
            m.accountId = accountId;
            m.organization = org;
            m.role = role;
            m.persist();
        }));
    }

    @Override
    public boolean organizationExists(String code) {
        return Organization.findByCode(code).isPresent();
    }
}
