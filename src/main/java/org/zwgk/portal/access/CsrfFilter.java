package org.zwgk.portal.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.zwgk.portal.web.UserError;

import java.util.Set;

/**
 * Every write (POST, PUT, PATCH, DELETE) carries the token of {@link CsrfTokens}: a form in its
 * hidden field, the JSON API in the {@code X-CSRF-Token} header when the caller is
 * logged in by cookie. The API only takes JSON, so a cross-site form (which cannot send JSON or a
 * custom header) can never reach it. Bearer-token callers (Keycloak) send no cookie a browser would
 * add by itself, and need no token.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CsrfTokens tokens;
    private final SecurityIdentity identity;

    CsrfFilter(CsrfTokens tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext rc) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        if (isApi(rc)) {
            checkApi(request, rc);
            return;
        }
        if (identity.isAnonymous() && rc.normalizedPath().equals("/logout")) {
            return; // nothing to log out of: the form of an expired session still leads home
        }
        String sent = isForm(request.getMediaType())
                ? (String) ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                        .getFormParameter(CsrfTokens.FIELD, true, false)
                : null;
        if (!tokens.matches(rc, identity, sent)) {
            throw UserError.badInput(CsrfTokens.FIELD, m -> m.csrfRefused());
        }
    }

    private void checkApi(ResteasyReactiveContainerRequestContext request, RoutingContext rc) {
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.valueOf("text/csv")) && rc.normalizedPath().endsWith("/batches")) {
            // a business system's CSV batch (records intake): the endpoint takes a bearer token only, never a
            // cookie, so there is nothing to forge; without a token it answers 401 itself
            return;
        }
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || "application".equals(type.getType()) && type.getSubtype().endsWith("+json"))) {
            throw UserError.unsupportedMediaType(m -> m.apiNeedsJson());
        }
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || identity.isAnonymous()) {
            return; // a bearer token, or nobody: the resource answers 401 itself
        }
        if ("cross-site".equals(request.getHeaderString("Sec-Fetch-Site"))
                || !tokens.matches(rc, identity, request.getHeaderString(CsrfTokens.HEADER))) {
            throw UserError.forbidden(m -> m.apiNeedsCsrfHeader());
        }
    }

    /** A script logged in by cookie reads its token here, from any API answer to a GET. */
    @ServerResponseFilter
    public void offerToken(ResteasyReactiveContainerRequestContext request,
                           jakarta.ws.rs.container.ContainerResponseContext response, RoutingContext rc) {
        if (isApi(rc) && "GET".equals(request.getMethod()) && !identity.isAnonymous()
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            String token = tokens.expected(rc, identity);
            if (token != null) {
                response.getHeaders().putSingle(CsrfTokens.HEADER, token);
            }
        }
    }

    private static boolean isApi(RoutingContext rc) {
        return rc.normalizedPath().startsWith("/api/");
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
