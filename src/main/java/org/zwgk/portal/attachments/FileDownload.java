package org.zwgk.portal.attachments;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A stored file served to the few who may have it (an applicant's answer, a draft's attachment before
 * review): where its bytes are and what to call it. Not the public download, which caches are let
 * keep and ask about again ({@code documents.AttachmentResource}).
 */
public record FileDownload(Path path, String fileName, String mediaType) {

    /**
     * The response for the file: never cached or indexed, always a download (a browser does not open
     * an HTML or SVG file from the portal's origin, nor guess another type), under a name that cannot
     * break the header (an ASCII fallback and the real name percent-encoded, RFC 6266).
     */
    public Response response() {
        String type = mediaType == null || mediaType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : mediaType;
        return Response.ok(path.toFile(), type)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Content-Disposition", contentDisposition(fileName))
                .build();
    }

    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
