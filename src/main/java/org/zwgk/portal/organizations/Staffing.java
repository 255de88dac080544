package org.zwgk.portal.organizations;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.common.PortalConfig;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which organizations nobody on this site can act for in a role: the operator who assigns a letter is told
 * which units have no editor to answer it, and a request's staff which organs have nobody to take a request
 * they would transfer (browser walks: a letter went to a unit without staff and waited for its deadline; the
 * requests' transfer list had no such mark). One answer for both, so they cannot drift apart.
 */
@ApplicationScoped
public class Staffing {

    private final PortalConfig config;

    Staffing(PortalConfig config) {
        this.config = config;
    }

    /**
     * Whether this site knows who holds the roles: not with single sign-on, where the login server holds them
     * (an organization without a membership row here may have its whole staff there).
     */
    public boolean known() {
        return !config.security().sso();
    }

    /**
     * The codes of those of {@code organizations} where no enabled account holds any of {@code roles}; none when
     * the roles are not {@link #known() known} here. A disabled account counts as nobody: it cannot log in.
     */
    public Set<String> without(Collection<Organization> organizations, Role... roles) {
        if (!known() || organizations.isEmpty()) {
            return Set.of();
        }
        Set<String> staffed = new HashSet<>(Membership.getEntityManager().createQuery(
                        "select distinct m.organization.code from Membership m where m.role in :roles"
                                + " and m.accountId in (select a.id from Account a where a.enabled = true)", String.class)
                .setParameter("roles", List.of(roles)).getResultList());
        return organizations.stream().map(o -> o.code).filter(c -> !staffed.contains(c)).collect(Collectors.toSet());
    }
}
