package org.zwgk.portal.pagecache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code portal.page-cache.*}: the cache of rendered public pages. */
@ConfigMapping(prefix = "portal.page-cache")
public interface PageCacheConfig {

    /** Off: every page is rendered for every request (the headers for browsers and proxies stay). */
    @WithDefault("true")
    boolean enabled();

    /** Memory for rendered pages (plain and gzip together); the least recently read go first. */
    @WithDefault("67108864")
    long maxBytes();

    /**
     * How long a proxy (nginx, a CDN) may reuse a public page without asking again. A browser asks every time
     * (a 304 when nothing changed): an editor who has just published or withdrawn sees it at once (browser
     * walk: the old version stayed on screen for a minute).
     */
    @WithDefault("60s")
    Duration maxAge();

    default String cacheControl() {
        return "public, max-age=0, s-maxage=" + maxAge().toSeconds();
    }
}
