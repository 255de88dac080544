package org.zwgk.portal.documents;

import org.zwgk.portal.attachments.AttachmentStore;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.zwgk.portal.web.UserError;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Serves a public document's attachment from the content-addressed store, with its checksum. */
@Path("/attachments/{id}/{name}")
public class AttachmentResource {

    private final DocumentCatalog catalog;
    private final AttachmentStore store;
    /** By checksum: the store is content-addressed, so a file's bytes, and their encoding, never change. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> utf8ByChecksum =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000).build();

    AttachmentResource(DocumentCatalog catalog, AttachmentStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    /**
     * A file may be kept by browsers and proxies but asked about again each time ({@code no-cache}, answered 304
     * by its entity tag while it is public): once its document is withdrawn (personal data published in error),
     * nobody is served it from a cache (security audit: nginx kept files for 30 days).
     */
    static final String CACHE_CONTROL = "no-cache";

    @GET
    public Response download(@PathParam("id") String id, @PathParam("name") String name,
                             @jakarta.ws.rs.HeaderParam("If-None-Match") String ifNoneMatch) {
        Attachment a = catalog.attachment(DocumentIds.parse(id))
                .orElseThrow(() -> UserError.notFound(m -> m.attachmentNotFound()));
        java.nio.file.Path file = store.pathOf(a.file.sha256);
        if (!Files.isRegularFile(file)) {
            throw UserError.notFound(m -> m.attachmentNotFound());
        }
        String etag = "\"" + a.file.sha256 + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", CACHE_CONTROL).build();
        }
        String encoded = URLEncoder.encode(a.file.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.toFile(), withCharset(a.file.mediaType, a.file.sha256, file))
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(a.file.sha256)))
                .header("ETag", etag)
                .header("Cache-Control", CACHE_CONTROL)
                .build();
    }

    /**
     * A text file says its encoding when it is UTF-8 (the content repository's are): without it some
     * browsers and viewers guess another and show a Chinese text garbled. Other encodings are left unsaid.
     * Decided once per file, not on every download.
     */
    private String withCharset(String mediaType, String sha256, java.nio.file.Path file) {
        if (mediaType == null || !mediaType.startsWith("text/") || mediaType.contains("charset")) {
            return mediaType;
        }
        Boolean utf8 = utf8ByChecksum.getIfPresent(sha256);
        if (utf8 == null) {
            try (java.io.InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(64 * 1024);
                // not the end of input: a character cut off by the 64 KB is not an error
                utf8 = !StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(head),
                        java.nio.CharBuffer.allocate(head.length), false).isError();
            } catch (java.io.IOException e) {
                return mediaType;
            }
            utf8ByChecksum.put(sha256, utf8);
        }
        return utf8 ? mediaType + "; charset=UTF-8" : mediaType;
    }
}
