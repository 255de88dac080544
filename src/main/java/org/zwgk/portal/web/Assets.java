package org.zwgk.portal.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stylesheet and script under versioned names ({@code /css/site.css?v=<hash of the file>}):
 * pages name them as {@code inject:assets.stylesheet} and {@code inject:assets.script}, and a browser
 * or proxy keeps them for a year, since a changed file gets a new name. Asked for without the
 * version, they may be kept for five minutes.
 */
@Named("assets")
@ApplicationScoped
public class Assets {

    static final String STYLESHEET = "/css/site.css";
    static final String SCRIPT = "/js/suggest.js";

    private final String stylesheet = versioned(STYLESHEET);
    private final String script = versioned(SCRIPT);

    public String stylesheet() {
        return stylesheet;
    }

    public String script() {
        return script;
    }

    void register(@Observes Filters filters) {
        filters.register(this::cacheHeaders, 100);
    }

    private void cacheHeaders(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/css/") || path.startsWith("/js/")) {
            String value = rc.request().getParam("v") != null ? "public, max-age=31536000, immutable" : "public, max-age=300";
            // after the static handler wrote its own default
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() < 400) {
                    rc.response().putHeader("Cache-Control", value);
                }
            });
        }
        rc.next();
    }

    private static String versioned(String path) {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/resources" + path)) {
            if (in == null) {
                return path;
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return path + "?v=" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
