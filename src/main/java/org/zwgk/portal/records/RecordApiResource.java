package org.zwgk.portal.records;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zwgk.portal.web.PageRequest;
import org.zwgk.portal.web.UserError;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The public records API (stable: other tools rely on it). Everything here is published and masked. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class RecordApiResource {

    public record FieldJson(String name, String label, String kind, boolean required, boolean facetable, List<String> options) {
    }

    public record TypeJson(String code, String name, String description, List<FieldJson> fields, Integer deadlineWorkingDays,
                           Integer deadlineDays, String deadlineField, String url) {
    }

    public record ListJson(long total, int page, int size, List<PublicRecord> results) {
    }

    private final RecordTypes types;
    private final RecordCatalog catalog;
    private final RecordService service;
    private final OpenDataResource openData;

    RecordApiResource(RecordTypes types, RecordCatalog catalog, RecordService service, OpenDataResource openData) {
        this.openData = openData;
        this.types = types;
        this.catalog = catalog;
        this.service = service;
    }

    @GET
    @Path("datasets")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "The open-data catalogue (DCAT-AP, JSON-LD): each record type as a dataset with CSV and JSON downloads")
    public Map<String, Object> datasets() {
        return openData.dcat();
    }

    @GET
    @Path("record-types")
    @Operation(summary = "Record types (双公示, 权责清单, 办事指南 …) with their public fields")
    public List<TypeJson> recordTypes() {
        return types.all().stream().map(RecordApiResource::json).toList();
    }

    static TypeJson json(RecordType t) {
        return new TypeJson(t.code(), t.name(), t.description(), t.publicFields().stream()
                .map(f -> new FieldJson(f.name(), f.label(), f.kindName(), f.required(), f.facetable(), f.options())).toList(),
                t.deadline() == null || t.deadline().workingDays() == 0 ? null : t.deadline().workingDays(),
                t.deadline() == null || t.deadline().days() == 0 ? null : t.deadline().days(), t.deadline() == null ? null : t.deadline().field(),
                "/records/" + t.code());
    }

    @GET
    @Path("records/{type}")
    @Operation(summary = "Public records of a type, newest first; filters: organization, q, and any facetable field")
    public ListJson list(@PathParam("type") String type, @Context UriInfo uri) {
        RecordType t = service.type(type);
        PageRequest page = PageRequest.parse(uri.getQueryParameters().getFirst("page"), uri.getQueryParameters().getFirst("size"));
        var result = catalog.list(t, catalog.parse(t, uri.getQueryParameters()), page);
        return new ListJson(result.total(), result.page(), result.size(), result.results());
    }

    @GET
    @Path("records/{type}/{id}")
    @Operation(summary = "One public record")
    public PublicRecord one(@PathParam("type") String type, @PathParam("id") String id) {
        RecordType t = service.type(type);
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw UserError.notFound(m -> RecordService.messages().recordNotFound());
        }
        if (catalog.find(t, n) instanceof RecordCatalog.Lookup.Found found) {
            return found.record();
        }
        throw UserError.notFound(m -> RecordService.messages().recordNotFound());
    }

}
