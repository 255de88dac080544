package org.zwgk.portal.access;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keycloak login: maps a token to the same {@link PortalUser} a local account gives. Realm roles
 * (editor, reviewer, org-admin, site-admin, auditor) become roles; the {@code organizations} claim
 * lists the organization codes the person belongs to, and each organization role holds in each of them.
 */
@ApplicationScoped
public class TokenUserAugmentor implements SecurityIdentityAugmentor {

    public static final String ORGANIZATIONS_CLAIM = "organizations";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(CurrentUser.ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Set<Role> orgRoles = EnumSet.noneOf(Role.class);
        Set<Role> siteRoles = EnumSet.noneOf(Role.class);
        for (String name : identity.getRoles()) {
            Role.fromExternal(name).ifPresent(r -> (r.siteWide ? siteRoles : orgRoles).add(r));
        }
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        Object claim = token.getClaim(ORGANIZATIONS_CLAIM);
        for (String code : codes(claim)) {
            if (!orgRoles.isEmpty()) {
                roles.put(code, EnumSet.copyOf(orgRoles));
            }
        }
        Object name = token.getClaim("name");
        String display = name == null ? token.getName() : unquote(name);
        PortalUser user = new PortalUser(token.getName(), display, siteRoles, roles);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addAttribute(CurrentUser.ATTRIBUTE, user).build());
    }

    private static Collection<String> codes(Object claim) {
        if (claim == null) {
            return java.util.List.of();
        }
        if (claim instanceof Collection<?> c) {
            return c.stream().map(TokenUserAugmentor::unquote).toList();
        }
        if (claim instanceof jakarta.json.JsonArray a) {
            return a.stream().map(v -> unquote(v.toString())).toList();
        }
        return java.util.List.of(unquote(claim.toString()));
    }

    private static String unquote(Object v) {
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
