package org.zwgk.portal.access;

import org.zwgk.portal.web.Routes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
 * A local account's own password. With Keycloak the realm owns passwords, and the page says where to
 * change it instead.
 */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PasswordResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(PortalUser user, boolean sso, boolean first, boolean changed, String error,
                                                java.util.Set<String> errorFields, int minLength);
    }

    private final AccountService accounts;
    private final CurrentUser current;
    private final Messages messages;
    private final PortalConfig config;

    PasswordResource(AccountService accounts, CurrentUser current, Messages messages, PortalConfig config) {
        this.accounts = accounts;
        this.current = current;
        this.messages = messages;
        this.config = config;
    }

    @GET
    public TemplateInstance form(@RestQuery boolean first, @RestQuery boolean changed) {
        return Templates.password(current.get(), config.security().sso(), first, changed, null, java.util.Set.of(), PasswordHasher.MIN_LENGTH);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String current, @RestForm String password, @RestForm String repeated,
                           @RestCookie(SessionCookie.NAME) String session) {
        PortalUser user = this.current.get();
        try {
            if (config.security().sso()) {
                throw UserError.badInput("current", Messages::passwordNotLocal);
            }
            String renewed = accounts.changePassword(user.username(), session, current, password, repeated, this.current.address());
            return Response.seeOther(URI.create(Routes.password() + "?changed=true"))
                    .cookie(LoginResource.cookie(config, renewed, (int) config.security().sessionIdle().toSeconds())).build();
        } catch (UserError e) {
            // the form again, empty: passwords are never sent back
            return ErrorResponses.page(e.status(), Templates.password(user, config.security().sso(), false, false,
                    e.message(messages), e.fields(), PasswordHasher.MIN_LENGTH));
        }
    }

}
