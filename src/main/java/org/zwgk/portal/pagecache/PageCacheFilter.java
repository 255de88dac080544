package org.zwgk.portal.pagecache;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;

/**
 * What browsers and proxies may keep, on every page the resources render:
 * <ul>
 * <li>an anonymous public page gets {@code Cache-Control: public, max-age=0, s-maxage=60}, an entity tag and (when
 * cached) Last-Modified, and a conditional GET that already has it gets 304; a cacheable one is kept
 * in {@link PageCache} for the next visitor;</li>
 * <li>staff pages and anything answered to a logged-in person get {@code no-store}.</li>
 * </ul>
 */
public class PageCacheFilter {

    private final PageCache cache;
    private final SecurityIdentity identity;
    private final String cacheControl;

    PageCacheFilter(PageCache cache, SecurityIdentity identity, PageCacheConfig config) {
        this.cache = cache;
        this.identity = identity;
        this.cacheControl = config.cacheControl();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!identity.isAnonymous() || org.zwgk.portal.web.SecurityHeaders.isStaffPath(path)) {
            if (!response.getHeaders().containsKey("Cache-Control")) {
                response.getHeaders().putSingle("Cache-Control", "no-store");
            }
            return;
        }
        if (response.getStatus() != 200 || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || !PageCache.PUBLIC.matcher(path).matches() || setsCookie(response, rc)) {
            return;
        }
        if (PageCache.personalView(request.getHeaderString("Cookie"))) {
            response.getHeaders().putSingle("Cache-Control", "private, no-cache");
            return;
        }
        String html = html(response);
        if (html == null) {
            return;
        }
        String key = rc.get(PageCacheRoute.KEY);
        Long generation = rc.get(PageCacheRoute.GENERATION);
        String ifNoneMatch = request.getHeaderString("If-None-Match");
        boolean notModified;
        response.getHeaders().putSingle("Cache-Control", cacheControl);
        // a shared cache must not give the 长辈版 reader the standard page, or the other way round
        response.getHeaders().putSingle("Vary", "Accept-Encoding, Cookie");
        if (key != null && generation != null) {
            PageCache.Entry entry = cache.store(key, generation, html);
            response.getHeaders().putSingle("ETag", entry.etag());
            response.getHeaders().putSingle("Last-Modified", entry.lastModifiedHeader());
            notModified = entry.notModified(ifNoneMatch, request.getHeaderString("If-Modified-Since"));
        } else {
            // search: the index moves a moment after the database, so only the content's tag is promised
            String etag = PageCache.etagOf(html.getBytes(StandardCharsets.UTF_8));
            response.getHeaders().putSingle("ETag", etag);
            notModified = ifNoneMatch != null && PageCache.etagMatches(ifNoneMatch, etag);
        }
        if (notModified) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** The page as HTML, rendering it here if the template has not been rendered yet. */
    private static String html(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof TemplateInstance template) {
            String html = template.render();
            response.setEntity(html, new java.lang.annotation.Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            return html;
        }
        return entity instanceof String s ? s : null;
    }

    private static boolean setsCookie(ContainerResponseContext response, RoutingContext rc) {
        return response.getHeaders().containsKey("Set-Cookie") || rc.response().headers().contains("Set-Cookie");
    }
}
