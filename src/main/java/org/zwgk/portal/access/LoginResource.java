package org.zwgk.portal.access;

import org.zwgk.portal.web.Routes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.web.ErrorResponses;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import java.net.URI;

/**
 * The login form for local accounts and the way out. In Keycloak mode the form offers the realm's
 * login instead ({@code /login/sso}, guarded by quarkus-oidc).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, String username, String error, boolean sso);
    }

    private final AccountService accounts;
    private final CurrentUser current;
    private final Messages messages;
    private final PortalConfig config;

    LoginResource(AccountService accounts, CurrentUser current, Messages messages, PortalConfig config) {
        this.accounts = accounts;
        this.current = current;
        this.messages = messages;
        this.config = config;
    }

    @GET
    @Path("login")
    public TemplateInstance form(@RestQuery String next) {
        requireWellFormed(next);
        return Templates.login(safeNext(next), "", null, config.security().sso());
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next) {
        if (config.security().sso()) {
            return Response.seeOther(URI.create(Routes.loginSso())).build();
        }
        requireWellFormed(next);
        try {
            AccountService.Login login = accounts.login(username, password, current.address());
            URI to = URI.create(login.mustChangePassword() ? Routes.password() + "?first=true" : safeNext(next));
            return Response.seeOther(to).cookie(cookie(login.token(), (int) config.security().sessionIdle().toSeconds())).build();
        } catch (UserError e) {
            // the form again, with the name typed and one message for every kind of failure
            return ErrorResponses.page(e.status(),
                    Templates.login(safeNext(next), username == null ? "" : username, e.message(messages), false));
        }
    }

    /** Reached only after quarkus-oidc logged the person in: back to where they were going. */
    @GET
    @Path("login/sso")
    public Response sso(@RestQuery String next) {
        return Response.seeOther(URI.create(safeNext(next))).build();
    }

    @POST
    @Path("logout")
    public Response logout(@RestCookie(SessionCookie.NAME) String token) {
        if (config.security().sso()) {
            return Response.seeOther(URI.create(Routes.logoutSso())).build();
        }
        accounts.logout(token, current.address());
        return Response.seeOther(URI.create("/")).cookie(cookie("", 0)).build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return cookie(config, value, maxAge);
    }

    /** The session cookie: the login's, and the one a password change opens instead. */
    static NewCookie cookie(PortalConfig config, String value, int maxAge) {
        return new NewCookie.Builder(SessionCookie.NAME).value(value).path("/").httpOnly(true)
                .secure(config.security().cookieSecure()).sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }


    /** Only paths on this site: an open redirect would let a phishing link borrow the portal's name. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20) || next.length() > 500 || !wellFormed(next)) {
            return Routes.workbench();
        }
        return next;
    }

    /** A {@code next} that is no URI at all ({@code /a b}) is a malformed request: 400, before any login. */
    private static void requireWellFormed(String next) {
        if (next != null && !wellFormed(next)) {
            throw UserError.badInput("next", Messages::errorBadRequestText);
        }
    }

    private static boolean wellFormed(String next) {
        try {
            new URI(next);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
