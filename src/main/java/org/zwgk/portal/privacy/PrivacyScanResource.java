package org.zwgk.portal.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;

import java.util.List;

/** 个人信息巡检 for site admins: the findings of {@link PrivacyScan}, as the command prints them. */
@Path("/workbench/privacy-scan")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PrivacyScanResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scan(PortalUser user, List<PrivacyScan.Line> lines, PrivacyScan.Result result);
    }

    private final PrivacyScan scan;
    private final CurrentUser current;
    private final Ownership ownership;

    PrivacyScanResource(PrivacyScan scan, CurrentUser current, Ownership ownership) {
        this.scan = scan;
        this.current = current;
        this.ownership = ownership;
    }

    @GET
    public TemplateInstance page() {
        PortalUser user = current.get();
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        PrivacyScan.Result result = scan.check();
        return Templates.scan(user, result.lines(), result);
    }
}
