package org.zwgk.portal.access;

import org.zwgk.portal.web.Routes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.common.PortalConfig;

import java.util.Set;

/**
 * Local login: the session cookie identifies the person. Unauthenticated page requests are sent to
 * the login form by the error mapper; this only turns a cookie into an identity. Off when the portal
 * logs in through Keycloak.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private final boolean enabled;

    SessionAuthenticationMechanism(PortalConfig config) {
        this.enabled = !config.security().sso();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = enabled ? context.request().getCookie(SessionCookie.NAME) : null;
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        // an expired or unknown cookie is an anonymous visitor, not an error page
        return identities.authenticate(new SessionCookie(cookie.getValue()))
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!enabled) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", Routes.login()));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionCookie.class);
    }
}
