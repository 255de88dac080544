package org.zwgk.portal.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.zwgk.portal.browse.CatalogEntry;
import org.zwgk.portal.browse.CatalogTrees;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.browse.ChannelResource.ChannelView;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.web.PageRequest;

import java.util.List;

/** The portal home: latest information, the 信息公开 entry and the channels. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<DocumentSummary> latest, List<ChannelView> sections,
                                            List<ChannelView> newMedia, List<CatalogEntry> organizations,
                                            List<CatalogEntry> topics, List<CatalogEntry> genres);
    }

    private final DocumentCatalog documents;
    private final CatalogTrees trees;

    HomeResource(DocumentCatalog documents, CatalogTrees trees) {
        this.documents = documents;
        this.trees = trees;
    }

    @GET
    @Transactional
    public TemplateInstance home() {
        List<DocumentSummary> latest = documents.list(DocumentFilter.ALL, new PageRequest(1, 10)).results();
        // a channel with nothing published is never advertised to citizens (空白栏目, 检查指标 veto)
        java.util.Map<String, Long> counts = documents.countBy("channel");
        List<ChannelView> all = Channel.listOrdered().stream()
                .filter(c -> counts.getOrDefault(c.code, 0L) > 0)
                .map(c -> new ChannelView(c.code, c.name, c.kind, c.description, c.owner.name)).toList();
        return Templates.home(latest,
                all.stream().filter(c -> c.kind() == org.zwgk.portal.channels.ChannelKind.SECTION).toList(),
                all.stream().filter(c -> c.kind() != org.zwgk.portal.channels.ChannelKind.SECTION).toList(),
                trees.organizations().stream().filter(e -> e.depth() <= 1).toList(),
                trees.topics().stream().filter(e -> e.depth() == 0).toList(),
                trees.genres());
    }
}
