package org.zwgk.portal.privacy;

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
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.web.Routes;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * 个人信息巡检 for site admins: the findings of {@link PrivacyScan}, as the command prints them, from the
 * last run {@link PrivacyScanRuns} finished, with when it ran; the page never waits for a scan.
 */
@Path("/workbench/privacy-scan")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PrivacyScanResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scan(PortalUser user, PrivacyScanRuns.Done done, List<PrivacyScan.Line> lines,
                                            PrivacyScan.Result result, Instant running);
    }

    private final PrivacyScanRuns runs;
    private final CurrentUser current;
    private final Ownership ownership;

    PrivacyScanResource(PrivacyScanRuns runs, CurrentUser current, Ownership ownership) {
        this.runs = runs;
        this.current = current;
        this.ownership = ownership;
    }

    @GET
    public TemplateInstance page() {
        PortalUser user = current.get();
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        runs.startIfNone();
        PrivacyScanRuns.Done done = runs.last();
        PrivacyScan.Result result = done == null ? null : done.result();
        return Templates.scan(user, done, result == null ? List.of() : result.lines(), result, runs.running());
    }

    /** 开始检查: a new run unless one is under way (then its result is the one to wait for). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start() {
        ownership.requireSiteRole(current.get(), Role.SITE_ADMIN);
        runs.start();
        return Response.seeOther(URI.create(Routes.privacyScan())).build();
    }
}
