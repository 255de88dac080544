package org.zwgk.portal.about;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The developer page: the public API with curl examples; the OpenAPI description is linked from here, not the navigation. */
@Path("/developers")
@Produces(MediaType.TEXT_HTML)
public class DevelopersResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance developers(String base);
    }

    @GET
    public TemplateInstance developers(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return Templates.developers(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }
}
