package org.zwgk.portal.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.PageAsked;
import org.zwgk.portal.web.Page;
import org.zwgk.portal.web.PageRequest;
import org.zwgk.portal.web.UserError;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The public pages of records: the key areas, a type's list with its filters, one record with its history. */
@Path("/records")
@Produces(MediaType.TEXT_HTML)
public class RecordPageResource {

    /** A filter of the list: a facetable field and its values among public records. */
    public record FacetChoice(String name, String label, Map<String, Long> values, String selected, Map<String, String> names) {
        /** What a value reads as: an organization's name for its code, else the value. */
        public String display(String value) {
            return names.getOrDefault(value, value);
        }
    }

    public record TypeSummary(RecordType type, long count) {
    }

    public record HistoryRow(RecordCatalog.VersionView version, List<RecordViews.Cell> cells) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<TypeSummary> types);

        static native TemplateInstance list(RecordType type, Page<PublicRecord> page, List<RecordViews.Row> rows,
                                            List<FacetChoice> facets, List<Organization> organizations,
                                            RecordCatalog.Filter filter, String pageUrl);

        static native TemplateInstance record(RecordType type, PublicRecord record, List<RecordViews.SectionView> sections,
                                              List<FieldSpec> historyColumns, List<HistoryRow> history);

        static native TemplateInstance withdrawn(RecordType type, String title, String reason, java.time.Instant at);
    }

    private final RecordTypes types;
    private final RecordCatalog catalog;
    private final RecordService service;
    private final RecordViews views;

    RecordPageResource(RecordTypes types, RecordCatalog catalog, RecordService service, RecordViews views) {
        this.types = types;
        this.catalog = catalog;
        this.service = service;
        this.views = views;
    }

    @GET
    public String index() {
        Map<String, Long> counts = catalog.counts();
        return Templates.index(types.all().stream().map(t -> new TypeSummary(t, counts.getOrDefault(t.code(), 0L))).toList()).render();
    }

    @GET
    @Path("{type}")
    public String list(@PathParam("type") String code, @Context UriInfo uri) {
        RecordType type = service.type(code);
        var query = uri.getQueryParameters();
        // a page number that is none: the first page, saying so (PageAsked)
        PageAsked asked = PageAsked.of(query.getFirst("page"), query.getFirst("size"));
        PageRequest request = asked.request();
        RecordCatalog.Filter filter = catalog.parse(type, query);
        Page<PublicRecord> page = catalog.list(type, filter, request);
        Map<String, String> names = views.organizationNames();
        List<FacetChoice> facets = type.facetFields().stream().map(f -> new FacetChoice(f.name(), f.label(),
                        choices(f, catalog.facetValues(type, f.name())), filter.fields().get(f.name()),
                        f.kind() == FieldKind.ORGANIZATION_REF ? names : Map.<String, String>of()))
                .filter(c -> !c.values().isEmpty()).toList();
        StringBuilder pageUrl = new StringBuilder("/records/").append(type.code()).append('?');
        query.forEach((k, v) -> {
            if (!k.equals("page") && !v.isEmpty() && v.get(0) != null && !v.get(0).isBlank()) {
                pageUrl.append(enc(k)).append('=').append(enc(v.get(0))).append('&');
            }
        });
        return asked.on(Templates.list(type, page, views.rows(type, page.results(), names), facets, catalog.organizationsWith(type),
                filter, pageUrl.toString())).render();
    }

    @GET
    @Path("{type}/{id}")
    public Response record(@PathParam("type") String code, @PathParam("id") String id) {
        RecordType type = service.type(code);
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw UserError.notFound(m -> RecordService.messages().recordNotFound());
        }
        RecordCatalog.Lookup lookup = catalog.find(type, n);
        if (lookup instanceof RecordCatalog.Lookup.Found f) {
            Map<String, String> names = views.organizationNames();
            List<FieldSpec> historyColumns = type.historyColumns();
            List<HistoryRow> history = f.versions().stream().map(v -> new HistoryRow(v, historyColumns.stream()
                    .map(c -> RecordViews.cell(c, v.values().get(c.name()), names)).toList())).toList();
            return Response.ok(Templates.record(type, f.record(), views.sections(type, f.record().values(), names),
                    historyColumns, history).render()).build();
        }
        if (lookup instanceof RecordCatalog.Lookup.Withdrawn w) {
            return Response.status(410).entity(Templates.withdrawn(type, w.entry().title, catalog.withdrawnReason(w.entry()), w.entry().withdrawnAt).render()).build();
        }
        throw UserError.notFound(m -> RecordService.messages().recordNotFound());
    }

    /**
     * A filter's choices: a field with declared options (行政相对人类别, 许可类别) offers all of them in their
     * order, each with its count among the public records (0 for none yet); any other field offers the values
     * its public records hold. A field with no choice at all shows no filter (review: selects holding only 全部).
     */
    static Map<String, Long> choices(FieldSpec field, Map<String, Long> found) {
        if (field.options() == null || field.options().isEmpty()) {
            return found;
        }
        Map<String, Long> all = new java.util.LinkedHashMap<>();
        for (String option : field.options()) {
            all.put(option, found.getOrDefault(option, 0L));
        }
        found.forEach(all::putIfAbsent); // a value from before the options changed stays choosable
        return all;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
