package org.zwgk.portal.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zwgk.portal.common.PortalConfig;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The application's own security headers, on every response (pages, API, static files, errors,
 * login redirects), so they hold without the reverse proxy too: the portal listens on {@code ::}.
 * Staff pages and every response to a logged-in person are {@code no-store}: a shared computer's
 * browser or a cache must not keep drafts, the audit log or one-time passwords.
 *
 * <p>The pages need nothing inline (no {@code <script>} bodies, no {@code style=}): scripts and
 * styles are files under META-INF/resources. With Keycloak logins, {@code form-action} also names
 * the realm's origin: the logout form is redirected there, and browsers hold redirects after a form
 * submission to {@code form-action}.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final Logger LOG = Logger.getLogger(SecurityHeaders.class);
    /** Before CORS (300) and the security filters: a refused or redirected request gets the headers too. */
    static final int PRIORITY = 1000;
    /** Pages and API for staff, whether or not the request is logged in yet. */
    static final List<String> STAFF_PATHS = List.of("/workbench", "/login", "/logout", "/account", "/api/v1/drafts");

    private final String contentSecurityPolicy;

    SecurityHeaders(PortalConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl) {
        this.contentSecurityPolicy = contentSecurityPolicy(config.security().sso() ? authServerUrl.flatMap(SecurityHeaders::origin) : Optional.empty());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/q/dev")) {
            rc.next(); // the development UI (dev mode only) runs inline scripts of its own
            return;
        }
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            setIfAbsent(headers, "Content-Security-Policy", contentSecurityPolicy);
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
            setIfAbsent(headers, "X-Frame-Options", "SAMEORIGIN");
            if (isStaffPath(path) || loggedIn(rc) || rc.request().headers().contains("Authorization")) {
                headers.set("Cache-Control", "no-store");
                headers.remove("Expires");
            }
        });
        rc.next();
    }

    /** A session cookie or a Keycloak login made this request someone's (an anonymous identity is no one's). */
    private static boolean loggedIn(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }

    /** One list for the security headers and the page cache (pagecache), so a new staff path is never cached. */
    public static boolean isStaffPath(String path) {
        for (String staff : STAFF_PATHS) {
            if (path.equals(staff) || path.startsWith(staff + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Only this site, except that forms may lead to the login realm (Keycloak's origin, when used). */
    static String contentSecurityPolicy(Optional<String> loginOrigin) {
        return "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'" + loginOrigin.map(o -> " " + o).orElse("") + "; frame-ancestors 'self'";
    }

    /** scheme://host[:port] of a URL such as https://sso.example.gov.cn/realms/zwgk. */
    static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return Optional.of(scheme.toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority().replaceFirst("^.*@", ""));
        } catch (IllegalArgumentException e) {
            LOG.warnf("quarkus.oidc.auth-server-url %s: %s; the login realm is left out of form-action", url, e.getMessage());
            return Optional.empty();
        }
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
