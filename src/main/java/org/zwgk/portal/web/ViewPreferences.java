package org.zwgk.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

/**
 * How this reader wants pages shown: the 长辈版 (large text, high contrast, one column) kept in a
 * cookie, and where the switch returns to. Templates read it as {@code inject:view}.
 */
@Named("view")
@ApplicationScoped
public class ViewPreferences {

    public static final String ELDER_COOKIE = "zwgk_elder";

    private final Instance<CurrentVertxRequest> current;
    private final String publicUrl;

    ViewPreferences(Instance<CurrentVertxRequest> current, org.zwgk.portal.common.PortalConfig config) {
        this.current = current;
        this.publicUrl = config.publicBase().orElse("");
    }

    /**
     * The request being answered, or null: error pages for requests that could not be decoded are
     * rendered before any request context exists, and show the standard view.
     */
    private RoutingContext rc() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return current.get().getCurrent();
    }

    /** The 长辈版 is on for this reader. */
    public boolean elder() {
        RoutingContext rc = rc();
        if (rc == null) {
            return false;
        }
        try {
            Cookie cookie = rc.request().getCookie(ELDER_COOKIE);
            return cookie != null && "1".equals(cookie.getValue());
        } catch (RuntimeException malformed) {
            return false; // a Cookie header that cannot be parsed: the standard view
        }
    }

    /**
     * This page answers a form (a letter's receipt with its 查询密码 shown this once, a status looked up, a form
     * shown again with what was typed): no address shows it again, so the switch opens in a new window and
     * leaves it as it is (browser walk: 长辈版 on the receipt went to an empty 写信 form, the secret gone).
     */
    public boolean answersAForm() {
        RoutingContext rc = rc();
        return rc != null && rc.request().method() == io.vertx.core.http.HttpMethod.POST;
    }

    /** The link that turns the 长辈版 on or off and comes back to this page. */
    public String elderSwitch() {
        return Routes.elder(!elder(), here());
    }

    /** This page's local path and query, to come back to. */
    public String here() {
        RoutingContext rc = rc();
        if (rc == null) {
            return Routes.home();
        }
        String uri = rc.request().uri();
        if (uri.length() > HERE_MAX) {
            // a query longer than any page needs (a 200 KB search refused as too long): the page without it, not
            // the address again twice encoded in every page's header (security audit); a path that long, home
            uri = rc.request().path();
            if (uri == null || uri.length() > HERE_MAX) {
                return Routes.home();
            }
        }
        return Routes.isLocalPath(uri) ? uri : Routes.home();
    }

    /** The longest address sent back as the way back to this page: a search of 500 characters with its filters fits. */
    static final int HERE_MAX = 8000;

    /**
     * The main menu's mark for one of its entries (home, catalog, policies, hudong, services) on this page:
     * {@code aria-current="page"} on the entry's own page, {@code aria-current="true"} on a page under it
     * (a catalogue filter, the 专栏's parts, records, 依申请公开; a message form), nothing elsewhere. A
     * document or a channel is left unmarked: it may belong to either of two entries (a policy, a letter).
     */
    public io.quarkus.qute.RawString navCurrent(String entry) {
        RoutingContext rc = rc();
        String section = rc == null ? null : section(rc.normalizedPath(), rc.request().getParam("type"));
        if (!entry.equals(section)) {
            return new io.quarkus.qute.RawString("");
        }
        String uri = rc.request().uri();
        boolean own = switch (entry) {
            case "home" -> uri.equals(Routes.home());
            case "catalog" -> uri.equals(Routes.catalog());
            case "policies" -> uri.equals(Routes.policies());
            case "hudong" -> uri.equals(Routes.hudong());
            case "services" -> uri.equals(Routes.about("services"));
            default -> false;
        };
        return new io.quarkus.qute.RawString(own ? " aria-current=\"page\"" : " aria-current=\"true\"");
    }

    static String section(String path, String type) {
        if (path.equals("/")) {
            return "home";
        }
        if (path.equals(Routes.catalog()) && ("POLICY".equals(type) || "INTERPRETATION".equals(type))) {
            return "policies";
        }
        for (String prefix : new String[]{"/xxgk", "/records", "/opendata", "/plans", "/ysqgk"}) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return "catalog";
            }
        }
        if (path.equals(Routes.hudong()) || path.startsWith(Routes.hudong() + "/") || path.equals(Routes.about("interaction"))) {
            return "hudong";
        }
        return path.equals(Routes.about("services")) ? "services" : null;
    }

    /** The search page has its own search box: the header's is left out there. */
    public boolean searchPage() {
        RoutingContext rc = rc();
        return rc != null && Routes.search().equals(rc.request().path());
    }

    /**
     * The address this site is published at ({@code portal.public-url}), for links a reader copies; empty
     * when it is not configured, and the link is then the path (the page's script puts the browser's
     * own origin before it). Never the request's Host or forwarded headers: pages are cached for
     * everyone, and one request with a forged Host would have put its address on every reader's page.
     */
    public String origin() {
        return publicUrl;
    }
}
