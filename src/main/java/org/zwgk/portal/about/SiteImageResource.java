package org.zwgk.portal.about;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.common.Sha256;
import org.zwgk.portal.web.SiteInfo;
import org.zwgk.portal.web.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The site's emblem and banner, from {@code content/site/}: the pictures are content, replaced by
 * replacing a file, not by a build. Only the files {@code site.yaml} names are served.
 */
@Path("/site/{file}")
public class SiteImageResource {

    static final Map<String, String> TYPES = Map.of("svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "webp", "image/webp");

    private final SiteInfo site;
    private final PortalConfig config;

    SiteImageResource(SiteInfo site, PortalConfig config) {
        this.site = site;
        this.config = config;
    }

    @GET
    public Response image(@RestPath String file, Request request) throws IOException {
        boolean named = Stream.of("emblem", "banner").map(site::get).anyMatch(file::equals);
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        // only a name site.yaml gives becomes a path: anything typed (a NUL, ../) is not found before it is a file name
        if (!named || !TYPES.containsKey(extension)) {
            throw UserError.notFound(m -> m.errorNotFoundText());
        }
        java.nio.file.Path path = config.contentDir().resolve("site").resolve(file).normalize();
        if (!path.startsWith(config.contentDir().resolve("site").normalize()) || !Files.isRegularFile(path)) {
            throw UserError.notFound(m -> m.errorNotFoundText());
        }
        byte[] bytes = Files.readAllBytes(path);
        EntityTag tag = new EntityTag(java.util.HexFormat.of().formatHex(Sha256.digest().digest(bytes)).substring(0, 16));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(bytes, TYPES.get(extension)).tag(tag)
                .header("Cache-Control", "public, max-age=3600")
                // an SVG opened on its own runs nothing and loads nothing
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }
}
