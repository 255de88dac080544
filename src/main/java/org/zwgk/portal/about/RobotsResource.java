package org.zwgk.portal.about;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.zwgk.portal.web.Routes;

/** robots.txt: everything public may be crawled; staff pages, login and the drafts API are not for robots. */
@Path("/robots.txt")
public class RobotsResource {

    private final org.zwgk.portal.common.PortalConfig config;

    RobotsResource(org.zwgk.portal.common.PortalConfig config) {
        this.config = config;
    }

    @GET
    @Produces("text/plain; charset=utf-8")
    public String robots(@Context UriInfo uri) {
        return "User-agent: *\n"
                + "Disallow: " + Routes.workbench() + "\n"
                + "Disallow: " + Routes.login() + "\n"
                + "Disallow: /account/\n"
                + "Disallow: /api/v1/drafts\n"
                + "Disallow: /q/\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + Xml.base(uri, config) + Routes.sitemapXml() + "\n";
    }
}
