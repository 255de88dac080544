package org.zwgk.portal.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks a session cookie up in the database and builds the identity, with the portal's view of the person. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionCookie> {

    private final AccountService accounts;

    SessionIdentityProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<SessionCookie> getRequestType() {
        return SessionCookie.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionCookie request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            PortalUser user = QuarkusTransaction.requiringNew().call(() -> accounts.session(request.token())).orElse(null);
            if (user == null) {
                throw new AuthenticationFailedException("no such session");
            }
            QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(user.username()))
                    .addAttribute(CurrentUser.ATTRIBUTE, user);
            user.allRoles().forEach(r -> b.addRole(r.externalName()));
            return b.build();
        });
    }
}
