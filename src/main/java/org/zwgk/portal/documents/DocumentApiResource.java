package org.zwgk.portal.documents;

import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.Page;
import org.zwgk.portal.web.PageRequest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.Problem;
import org.zwgk.portal.web.UserError;

/** The public documents API (stable: other tools rely on it). */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentApiResource {

    private final DocumentCatalog catalog;
    private final Messages messages;

    DocumentApiResource(DocumentCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GET
    @Operation(summary = "List public documents, newest first")
    public Page<DocumentSummary> list(
            @Parameter(description = "organization code") @QueryParam("organization") String organization,
            @Parameter(description = "channel code") @QueryParam("channel") String channel,
            @Parameter(description = "document type, e.g. POLICY") @QueryParam("type") String type,
            @Parameter(description = "topic code") @QueryParam("topic") String topic,
            @Parameter(description = "genre code") @QueryParam("genre") String genre,
            @Parameter(description = "1-based page") @QueryParam("page") String page,
            @Parameter(description = "page size, at most 100") @QueryParam("size") String size) {
        return catalog.list(DocumentFilter.parse(organization, channel, type, topic, genre), PageRequest.parse(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One public document with body, attachments, links and version history")
    public Response get(@PathParam("id") String id) {
        DocumentCatalog.Lookup lookup = catalog.find(DocumentIds.parse(id));
        if (lookup instanceof DocumentCatalog.Lookup.Found found) {
            return Response.ok(found.detail()).build();
        }
        if (lookup instanceof DocumentCatalog.Lookup.Removed removed) {
            return Response.status(Response.Status.GONE).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", messages.errorGoneTitle(), 410, removed.reason(),
                            Routes.apiDocument(DocumentIds.parse(id)), null))
                    .build();
        }
        throw UserError.notFound(m -> m.documentNotFound());
    }
}
