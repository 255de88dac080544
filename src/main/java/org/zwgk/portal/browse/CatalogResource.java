package org.zwgk.portal.browse;

import org.zwgk.portal.web.PageAsked;
import org.zwgk.portal.web.Routes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.web.Page;

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
                                               List<CatalogEntry> genres, String org, String topic, String genre,
                                               String orgBase, String topicBase, String genreBase,
                                               DocumentType type, List<TypeTab> typeTabs);
    }

    /** One of the 政策文件 / 政策解读 tabs the navigation's 政策文件/解读 opens on. */
    public record TypeTab(DocumentType type, String url, boolean current) {
    }

    private static final List<DocumentType> POLICY_TABS = List.of(DocumentType.POLICY, DocumentType.INTERPRETATION);

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
        DocumentFilter filter = DocumentFilter.parse(org, channel, type, topic, genre).inCatalogue();
        // a page number that is none: the first page, saying so (PageAsked)
        PageAsked asked = PageAsked.of(page, null);
        Page<DocumentSummary> results = documents.list(filter, asked.request());
        // the three ways in combine: 财政局's documents on one topic, of one genre
        List<String> chosen = new java.util.ArrayList<>();
        if (filter.organization() != null) {
            chosen.add(filter.organization().name);
        }
        if (filter.topic() != null) {
            chosen.add(filter.topic().name);
        }
        if (filter.genre() != null) {
            chosen.add(filter.genre().name);
        }
        if (filter.channel() != null) {
            chosen.add(filter.channel().name);
        }
        String heading = chosen.isEmpty() ? null : String.join(" · ", chosen);
        String pageUrl = Routes.catalog() + "?" + param("org", org) + param("topic", topic) + param("genre", genre) + param("type", type)
                + param("channel", channel);
        String base = Routes.catalog() + "?";
        return asked.on(Templates.catalog(results, heading, pageUrl, trees.organizations(), trees.topics(), trees.genres(),
                org, topic, genre,
                base + param("topic", topic) + param("genre", genre) + "org=",
                base + param("org", org) + param("genre", genre) + "topic=",
                base + param("org", org) + param("topic", topic) + "genre=",
                filter.type(), typeTabs(filter.type(), base + param("org", org) + param("topic", topic) + param("genre", genre)
                        + param("channel", channel))));
    }

    /** Policies and their interpretations are read together: each list offers the other. */
    private static List<TypeTab> typeTabs(DocumentType chosen, String base) {
        if (chosen == null || !POLICY_TABS.contains(chosen)) {
            return List.of();
        }
        return POLICY_TABS.stream().map(t -> new TypeTab(t, base + "type=" + t.name(), t == chosen)).toList();
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }
}
