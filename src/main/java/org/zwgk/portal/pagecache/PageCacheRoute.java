package org.zwgk.portal.pagecache;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers an anonymous GET or HEAD of a cached public page on the I/O thread, before login
 * handling, routing and rendering: what makes such a page cost about as much as a static file. A
 * page that is not cached yet goes on to its resource with a note of where to keep it
 * ({@link PageCacheFilter} keeps it).
 */
@ApplicationScoped
public class PageCacheRoute {

    /** Before CORS (300) and authentication (200): a cached page needs neither. */
    static final int PRIORITY = 1000;
    static final String KEY = "portal.page-cache.key";
    static final String GENERATION = "portal.page-cache.generation";

    private final PageCache cache;
    private final String cacheControl;

    PageCacheRoute(PageCache cache, PageCacheConfig config) {
        this.cache = cache;
        this.cacheControl = config.cacheControl();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        HttpMethod method = request.method();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && PageCache.CACHED.matcher(rc.normalizedPath()).matches()
                && !PageCache.hasCredentials(request) && !PageCache.personalView(request.getHeader("Cookie"))) {
            String key = request.uri();
            PageCache.Entry entry = cache.get(key);
            if (entry != null) {
                answer(rc, entry, method == HttpMethod.HEAD);
                return;
            }
            rc.put(KEY, key);
            rc.put(GENERATION, cache.generation());
        }
        rc.next();
    }

    private void answer(RoutingContext rc, PageCache.Entry entry, boolean head) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        response.putHeader("Cache-Control", cacheControl).putHeader("ETag", entry.etag())
                .putHeader("Last-Modified", entry.lastModifiedHeader()).putHeader("Vary", "Accept-Encoding, Cookie");
        if (entry.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", "text/html;charset=UTF-8");
        // HTTP/2 compresses in the connection itself (it would compress the gzip copy again)
        boolean http1 = request.version() == HttpVersion.HTTP_1_1 || request.version() == HttpVersion.HTTP_1_0;
        boolean gzip = http1 && PageCache.acceptsGzip(request.getHeader("Accept-Encoding"));
        Buffer body = gzip ? entry.gzip() : entry.plain();
        if (http1) {
            response.putHeader("Content-Encoding", gzip ? "gzip" : "identity");
        }
        if (head) {
            response.putHeader("Content-Length", String.valueOf(body.length())).end();
        } else {
            response.end(body);
        }
    }
}
