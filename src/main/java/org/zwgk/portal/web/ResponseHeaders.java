package org.zwgk.portal.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.zwgk.portal.common.PortalConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Headers every response gets right, whichever part of the application (or Quarkus) wrote it, set
 * just before they are sent: an HTML response names its charset ({@code text/html;charset=UTF-8}),
 * and a redirect never points at the Host header the request sent. JAX-RS makes every relative
 * {@code Location} absolute with the request's own Host, so {@code Host: evil.example} came back as
 * {@code Location: http://evil.example/…}; such a Location goes to {@code portal.public-url}, or stays
 * relative when that is not set. Redirects elsewhere (the Keycloak realm) are left alone.
 */
@Singleton
public class ResponseHeaders {

    static final String HTML_UTF8 = "text/html;charset=UTF-8";

    private final Optional<String> publicUrl;

    ResponseHeaders(PortalConfig config) {
        this.publicUrl = config.publicBase();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(ignored -> fix(rc));
            rc.next();
        }, 100);
    }

    private void fix(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        String type = headers.get("Content-Type");
        if (type != null && isHtmlWithoutCharset(type)) {
            headers.set("Content-Type", HTML_UTF8);
        }
        String location = headers.get("Location");
        if (location != null) {
            String fixed = publicLocation(location, rc.request().scheme(), rc.request().authority(), publicUrl);
            if (fixed != null) {
                headers.set("Location", fixed);
            }
        }
    }

    /**
     * The Location to send instead, or null to leave it: one on this site (relative, or absolute on the
     * address the request was sent to) becomes {@code publicUrl} + path, or the path alone.
     */
    public static String publicLocation(String location, String requestScheme, HostAndPort requestAuthority, Optional<String> publicUrl) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return null;
        }
        if (!uri.isAbsolute()) {
            boolean sitePath = location.startsWith("/") && !location.startsWith("//");
            return sitePath && publicUrl.isPresent() ? publicUrl.get() + location : null;
        }
        if (uri.getHost() == null || requestAuthority == null || !sameAddress(uri, requestScheme, requestAuthority)) {
            return null;
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return publicUrl.map(u -> u + path).orElse(path);
    }

    private static boolean sameAddress(URI uri, String requestScheme, HostAndPort request) {
        String host = unbracket(uri.getHost());
        String requestHost = unbracket(request.host());
        return host.equalsIgnoreCase(requestHost)
                && port(uri.getPort(), uri.getScheme()) == port(request.port(), requestScheme);
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static int port(int port, String scheme) {
        return port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    /** {@code text/html} with no parameters, or parameters but no charset. */
    static boolean isHtmlWithoutCharset(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT).strip();
        int semicolon = t.indexOf(';');
        String mediaType = (semicolon < 0 ? t : t.substring(0, semicolon)).strip();
        return mediaType.equals("text/html") && !t.contains("charset=");
    }
}
