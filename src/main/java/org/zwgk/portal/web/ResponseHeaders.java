package org.zwgk.portal.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Headers every response gets right, whichever part of the application (or Quarkus) wrote it, set
 * just before they are sent: an HTML response names its charset ({@code text/html;charset=UTF-8}).
 */
@Singleton
public class ResponseHeaders {

    static final String HTML_UTF8 = "text/html;charset=UTF-8";

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
    }

    /** {@code text/html} with no parameters, or parameters but no charset. */
    static boolean isHtmlWithoutCharset(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT).strip();
        int semicolon = t.indexOf(';');
        String mediaType = (semicolon < 0 ? t : t.substring(0, semicolon)).strip();
        return mediaType.equals("text/html") && !t.contains("charset=");
    }
}
