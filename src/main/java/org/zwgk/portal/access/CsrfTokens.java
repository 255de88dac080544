package org.zwgk.portal.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.common.PortalConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * CSRF tokens bound to who is asking, so that a token is worth nothing in another session and a
 * login changes it:
 * <ul>
 * <li>a local session's token is HMAC-SHA256 keyed by the session's secret cookie value, so it
 * changes with every login and never works in another session (nothing is stored);</li>
 * <li>a person logged in through Keycloak's code flow gets HMAC-SHA256 keyed by the random
 * {@link #COOKIE} over their user name;</li>
 * <li>a visitor without a session (the login form) gets the random {@link #COOKIE} itself, sent back
 * in the form (double submit): what a login form needs, and refused once logged in.</li>
 * </ul>
 * The cookie is only set by a page that renders a form for a visitor without a local session, never on
 * public pages, attachments or the API.
 */
@ApplicationScoped
public class CsrfTokens {

    /** The form field carrying the token. */
    public static final String FIELD = "csrf-token";
    /** The header carrying the token: the JSON API called with the session cookie. */
    public static final String HEADER = "X-CSRF-Token";
    /** The random value of a visitor without a local session (see the class comment). */
    public static final String COOKIE = "csrf-token";

    private static final String MINTED = "portal.csrf.minted";
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final PortalConfig config;
    private final SecureRandom random = new SecureRandom();

    CsrfTokens(PortalConfig config) {
        this.config = config;
    }

    /** The token this request's forms carry; sets the cookie when the visitor needs one and has none. */
    public String issue(RoutingContext rc, SecurityIdentity identity) {
        String token = expected(rc, identity);
        if (token != null) {
            return token;
        }
        String value = mint();
        rc.put(MINTED, value);
        Cookie cookie = Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true)
                .setSecure(config.security().cookieSecure()).setSameSite(CookieSameSite.LAX);
        rc.response().headers().add("Set-Cookie", cookie.encode());
        return expected(rc, identity);
    }

    /** The token a write of this request must carry, or null when there is nothing to bind one to. */
    public String expected(RoutingContext rc, SecurityIdentity identity) {
        if (!identity.isAnonymous() && !config.security().sso()) {
            Cookie session = rc.request().getCookie(SessionCookie.NAME);
            return session == null ? null : hmac(session.getValue(), "zwgk-csrf/session");
        }
        String value = rc.get(MINTED);
        if (value == null) {
            Cookie cookie = rc.request().getCookie(COOKIE);
            value = cookie != null && VALUE.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
        }
        if (value == null) {
            return null;
        }
        return identity.isAnonymous() ? value : hmac(value, "zwgk-csrf/sso/" + identity.getPrincipal().getName());
    }

    /** Whether {@code sent} is the token this request must carry (in constant time). */
    public boolean matches(RoutingContext rc, SecurityIdentity identity, String sent) {
        String expected = expected(rc, identity);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    private String mint() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static String hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
