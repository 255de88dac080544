package org.zwgk.portal.browse;

import org.zwgk.portal.web.Routes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.web.Page;
import org.zwgk.portal.web.PageRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** 政府信息公开目录: browse public documents by organization, topic and genre. */
@Path("/xxgk")
@Produces(MediaType.TEXT_HTML)
public class CatalogResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(Page<DocumentSummary> page, String heading, String pageUrl,
                                               List<CatalogEntry> organizations, List<CatalogEntry> topics,
                                               List<CatalogEntry> genres, String org, String topic, String genre);
    }

    private final DocumentCatalog documents;
    private final CatalogTrees trees;

    CatalogResource(DocumentCatalog documents, CatalogTrees trees) {
        this.documents = documents;
        this.trees = trees;
    }

    @GET
    public TemplateInstance catalog(@QueryParam("org") String org, @QueryParam("topic") String topic,
                                    @QueryParam("genre") String genre, @QueryParam("type") String type,
                                    @QueryParam("channel") String channel, @QueryParam("page") String page) {
        DocumentFilter filter = DocumentFilter.parse(org, channel, type, topic, genre);
        Page<DocumentSummary> results = documents.list(filter, PageRequest.parse(page, null));
        String heading = filter.organization() != null ? filter.organization().name
                : filter.topic() != null ? filter.topic().name
                : filter.genre() != null ? filter.genre().name
                : filter.channel() != null ? filter.channel().name : null;
        String pageUrl = Routes.catalog() + "?" + param("org", org) + param("topic", topic) + param("genre", genre) + param("type", type)
                + param("channel", channel);
        return Templates.catalog(results, heading, pageUrl, trees.organizations(), trees.topics(), trees.genres(),
                org, topic, genre);
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }
}
