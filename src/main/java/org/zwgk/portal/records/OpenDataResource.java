package org.zwgk.portal.records;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.SiteInfo;
import org.zwgk.portal.web.UserError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 政府数据开放: every record type is a dataset. A DCAT-AP catalogue in JSON-LD, a catalogue page,
 * and full downloads as CSV (UTF-8 with BOM, for spreadsheet programs) and JSON, built only from
 * what is public and masked ({@link RecordCatalog}).
 */
@Path("/opendata")
public class OpenDataResource {

    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    /** Open-data times as the pages show them: Beijing time to the minute, not UTC instants. */
    private static final java.time.format.DateTimeFormatter LOCAL_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(org.zwgk.portal.common.PortalConfig.ZONE);

    public record Dataset(RecordType type, long count, Instant modified) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(List<Dataset> datasets, String licence, String licenceName);
    }

    private final RecordTypes types;
    private final RecordCatalog catalog;
    private final RecordService service;
    private final SiteInfo site;
    private final RecordViews views;

    OpenDataResource(RecordTypes types, RecordCatalog catalog, RecordService service, SiteInfo site, RecordViews views) {
        this.views = views;
        this.types = types;
        this.catalog = catalog;
        this.service = service;
        this.site = site;
    }

    private List<Dataset> datasets() {
        Map<String, Long> counts = catalog.counts();
        Map<String, Instant> modified = catalog.lastModified();
        return types.all().stream().map(t -> new Dataset(t, counts.getOrDefault(t.code(), 0L), modified.get(t.code()))).toList();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return Templates.catalogue(datasets(), LICENCE, RecordService.messages().licenceName()).render();
    }

    /** The DCAT-AP catalogue, served at /api/v1/datasets by {@link RecordApiResource}. */
    Map<String, Object> dcat() {
        String publisher = site.portalTitle();
        Map<String, List<org.zwgk.portal.organizations.Organization>> publishers = catalog.publishers();
        List<Map<String, Object>> sets = new ArrayList<>();
        for (Dataset d : datasets()) {
            RecordType t = d.type();
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("@id", Routes.openData() + "#" + t.code());
            set.put("@type", "dcat:Dataset");
            set.put("dct:identifier", t.code());
            set.put("dct:title", t.name());
            set.put("dct:description", t.description());
            // DCAT-AP allows one dct:publisher per dataset (0..1), "the entity responsible for making
            // the dataset available". When one organization publishes all of a type's public records it
            // is that organization. When several do (行政处罚 from every department), the dataset as one
            // whole is made available by the portal's operator, so the operator is the publisher and each
            // organization whose records it holds is a dct:creator (DCAT-AP 2.1+, 0..n: "an entity
            // responsible for producing the dataset"), which is what they are.
            List<org.zwgk.portal.organizations.Organization> orgs = publishers.getOrDefault(t.code(), List.of());
            if (orgs.size() == 1) {
                set.put("dct:publisher", agent(orgs.get(0)));
            } else {
                set.put("dct:publisher", Map.of("@type", "foaf:Agent", "foaf:name", publisher));
                if (!orgs.isEmpty()) {
                    set.put("dct:creator", orgs.stream().map(OpenDataResource::agent).toList());
                }
            }
            set.put("dct:accrualPeriodicity", t.updateFrequency());
            set.put("dct:license", Map.of("@id", LICENCE));
            set.put("dct:language", "zh-CN");
            if (d.modified() != null) {
                set.put("dct:modified", d.modified().toString());
            }
            set.put("dcat:landingPage", Map.of("@id", "/records/" + t.code()));
            set.put("dcat:keyword", List.of(t.name(), RecordService.messages().dcatKeyword()));
            set.put("dcat:distribution", List.of(
                    distribution(t, "csv", "text/csv", "CSV"),
                    distribution(t, "json", "application/json", "JSON"),
                    Map.of("@type", "dcat:Distribution", "dct:title", RecordService.messages().dcatPagedApi(t.name()), "dcat:accessURL",
                            Map.of("@id", "/api/v1/records/" + t.code()), "dcat:mediaType", "application/json",
                            "dct:license", Map.of("@id", LICENCE))));
            set.put("recordCount", d.count());
            sets.add(set);
        }
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("dcat", "http://www.w3.org/ns/dcat#");
        ctx.put("dct", "http://purl.org/dc/terms/");
        ctx.put("foaf", "http://xmlns.com/foaf/0.1/");
        ctx.put("recordCount", "http://rdfs.org/ns/void#entities");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", ctx);
        root.put("@id", "/api/v1/datasets");
        root.put("@type", "dcat:Catalog");
        root.put("dct:title", RecordService.messages().dcatCatalogTitle(publisher));
        root.put("dct:publisher", Map.of("@type", "foaf:Agent", "foaf:name", publisher));
        root.put("dct:license", Map.of("@id", LICENCE));
        root.put("dcat:dataset", sets);
        return root;
    }

    private static Map<String, Object> agent(org.zwgk.portal.organizations.Organization o) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@type", "foaf:Organization");
        a.put("foaf:name", o.name);
        a.put("dct:identifier", o.code);
        return a;
    }

    private static Map<String, Object> distribution(RecordType t, String ext, String mediaType, String format) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@type", "dcat:Distribution");
        d.put("dct:title", RecordService.messages().dcatDistribution(t.name(), format));
        d.put("dcat:downloadURL", Map.of("@id", Routes.openDataFile(t.code(), ext)));
        d.put("dcat:mediaType", mediaType);
        d.put("dct:format", format);
        d.put("dct:license", Map.of("@id", LICENCE));
        return d;
    }

    @GET
    @Path("{file}")
    public Response download(@PathParam("file") String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1);
        RecordType type = service.type(dot < 0 ? file : file.substring(0, dot));
        String name = type.code() + "." + ext;
        return switch (ext) {
            case "csv" -> Response.ok(csv(type), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
            case "json" -> Response.ok(json(type), MediaType.APPLICATION_JSON + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
            default -> throw UserError.notFound(m -> RecordService.messages().unknownType(file));
        };
    }

    /** The dataset through the portal's one CSV writer: UTF-8 with BOM, RFC 4180, formula-like cells guarded. */
    private StreamingOutput csv(RecordType type) {
        List<FieldSpec> fields = type.publicFields();
        RecordMessages text = RecordService.messages();
        // organization references by name, as the record pages show them (a code means nothing to a reader)
        Map<String, String> orgNames = views.organizationNames();
        return out -> org.zwgk.portal.web.CsvWriter.write(out, csv -> {
            List<String> header = new ArrayList<>(List.of(text.csvId(), text.organization(), text.publishedAt()));
            fields.forEach(f -> header.add(f.label()));
            csv.row(header);
            long after = 0;
            for (List<PublicRecord> chunk; !(chunk = catalog.chunk(type, after, 1000)).isEmpty(); ) {
                for (PublicRecord r : chunk) {
                    List<String> row = new ArrayList<>(List.of(Long.toString(r.id()), r.organizationName(),
                            r.publishedAt() == null ? "" : LOCAL_TIME.format(r.publishedAt())));
                    fields.forEach(f -> {
                        String v = r.values().getOrDefault(f.name(), "");
                        row.add(f.kind() == FieldKind.ORGANIZATION_REF ? orgNames.getOrDefault(v, v) : v);
                    });
                    csv.row(row);
                }
                after = chunk.get(chunk.size() - 1).id();
            }
        });
    }

    private StreamingOutput json(RecordType type) {
        return out -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("type", type.code());
                g.writeStringField("name", type.name());
                g.writeStringField("license", LICENCE);
                g.writeArrayFieldStart("records");
                long after = 0;
                for (List<PublicRecord> chunk; !(chunk = catalog.chunk(type, after, 1000)).isEmpty(); ) {
                    for (PublicRecord r : chunk) {
                        g.writeStartObject();
                        g.writeNumberField("id", r.id());
                        g.writeStringField("organization", r.organization());
                        g.writeStringField("organizationName", r.organizationName());
                        g.writeStringField("publishedAt", r.publishedAt() == null ? null : r.publishedAt().toString());
                        g.writeStringField("url", r.url());
                        g.writeObjectFieldStart("values");
                        for (Map.Entry<String, String> e : r.values().entrySet()) {
                            g.writeStringField(e.getKey(), e.getValue());
                        }
                        g.writeEndObject();
                        g.writeEndObject();
                    }
                    after = chunk.get(chunk.size() - 1).id();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        };
    }
}
