package org.zwgk.portal.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What a form template writes into its hidden field: {@code {inject:csrf.parameterName}} and
 * {@code {inject:csrf.token}}. Asking for the token is what sets the cookie of a visitor without a
 * session, so only pages with a form ever set it.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    private final CsrfTokens tokens;
    private final RoutingContext context;
    private final SecurityIdentity identity;
    private String token;

    Csrf(CsrfTokens tokens, RoutingContext context, SecurityIdentity identity) {
        this.tokens = tokens;
        this.context = context;
        this.identity = identity;
    }

    public String getParameterName() {
        return CsrfTokens.FIELD;
    }

    public String getHeaderName() {
        return CsrfTokens.HEADER;
    }

    public String getToken() {
        if (token == null) {
            token = tokens.issue(context, identity);
        }
        return token;
    }
}
