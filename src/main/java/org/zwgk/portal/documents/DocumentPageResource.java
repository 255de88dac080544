package org.zwgk.portal.documents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zwgk.portal.web.UserError;

import java.time.Instant;
import java.util.List;

/** A document's public page, its old versions, and the notices for withdrawn and removed ones. */
@Path("/documents/{id}")
@Produces(MediaType.TEXT_HTML)
public class DocumentPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(DocumentDetail detail, String fontSize, List<DocumentReferences.Reference> references);

        static native TemplateInstance version(DocumentVersionView version);

        static native TemplateInstance removed(String title, String reason, Instant at);
    }

    /** 字号 大/中/小, chosen by a link (no script needed); anything else reads as 中. */
    static final List<String> FONT_SIZES = List.of("large", "medium", "small");

    private final DocumentCatalog catalog;
    private final jakarta.enterprise.inject.Instance<DocumentReferences> references;

    DocumentPageResource(DocumentCatalog catalog, jakarta.enterprise.inject.Instance<DocumentReferences> references) {
        this.catalog = catalog;
        this.references = references;
    }

    private List<DocumentReferences.Reference> referencesTo(long id) {
        return references.stream().flatMap(r -> r.to(id).stream()).toList();
    }

    @GET
    public Response document(@PathParam("id") String id, @QueryParam("fontsize") String fontSize) {
        DocumentCatalog.Lookup lookup = catalog.find(DocumentIds.parse(id));
        if (lookup instanceof DocumentCatalog.Lookup.Found found) {
            return Response.ok(Templates.document(found.detail(), fontSize != null && FONT_SIZES.contains(fontSize) ? fontSize : "medium",
                    referencesTo(found.detail().document().id()))).build();
        }
        if (lookup instanceof DocumentCatalog.Lookup.Removed removed) {
            return Response.status(Response.Status.GONE)
                    .entity(Templates.removed(removed.title(), removed.reason(), removed.at())).build();
        }
        throw UserError.notFound(m -> m.documentNotFound());
    }

    @GET
    @Path("/versions/{label}")
    public Response version(@PathParam("id") String id, @PathParam("label") String label) {
        long documentId = DocumentIds.parse(id);
        java.util.Optional<DocumentVersionView> version = catalog.version(documentId, label);
        if (version.isPresent()) {
            return Response.ok(Templates.version(version.get())).build();
        }
        // a withdrawn or removed document's earlier versions went with it: its page says why (browser walk: a bare 404)
        DocumentCatalog.Lookup lookup = catalog.find(documentId);
        if (lookup instanceof DocumentCatalog.Lookup.Removed
                || lookup instanceof DocumentCatalog.Lookup.Found found && found.detail().status() == DocumentStatus.WITHDRAWN) {
            return Response.seeOther(java.net.URI.create("/documents/" + documentId)).build();
        }
        throw UserError.notFound(m -> m.versionNotFound());
    }
}
