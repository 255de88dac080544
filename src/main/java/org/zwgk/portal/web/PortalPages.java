package org.zwgk.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Pages about the site itself: the 无障碍 statement and the 长辈版 switch. */
@Path("/")
public class PortalPages {

    /** The 长辈版 cookie lasts a year: a reader who needs it should not have to find the switch again. */
    static final int ELDER_MAX_AGE = 365 * 24 * 3600;

    @jakarta.inject.Inject
    org.zwgk.portal.common.PortalConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accessibility();
    }

    @GET
    @Path("accessibility")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    /**
     * Turns the 长辈版 on ({@code on=1}) or off and goes back to {@code back}, a local path; anything
     * else (another site, {@code //host}) goes to the home page.
     */
    @GET
    @Path("elder")
    public Response elder(@QueryParam("on") String on, @QueryParam("back") String back) {
        boolean enable = "1".equals(on);
        NewCookie cookie = new NewCookie.Builder(ViewPreferences.ELDER_COOKIE)
                .value(enable ? "1" : "")
                .path("/")
                .maxAge(enable ? ELDER_MAX_AGE : 0)
                .httpOnly(true)
                .secure(config.security().cookieSecure())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        String target = back != null && Routes.isLocalPath(back) ? back : Routes.home();
        return Response.seeOther(URI.create(target)).cookie(cookie)
                .header("Cache-Control", "no-store").build();
    }
}
