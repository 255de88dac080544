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
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.ListingCounts;
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
        static native TemplateInstance home(List<Block> blocks, List<DocumentSummary> latest, List<ChannelView> sections,
                                            List<ChannelView> newMedia, List<CatalogEntry> organizations,
                                            List<CatalogEntry> topics, List<CatalogEntry> genres);
    }

    /** A channel shown first on the home page with its newest documents. */
    public record Block(String code, String name, List<DocumentSummary> items) {
    }

    private final DocumentCatalog documents;
    private final CatalogTrees trees;
    private final ListingCounts listing;
    private final LatestInformation latestInformation;

    HomeResource(DocumentCatalog documents, CatalogTrees trees, ListingCounts listing, LatestInformation latestInformation) {
        this.documents = documents;
        this.trees = trees;
        this.listing = listing;
        this.latestInformation = latestInformation;
    }

    static final int MAX_BLOCKS = 4;

    @GET
    @Transactional
    public TemplateInstance home() {
        List<DocumentSummary> latest = latestInformation.latest(10);
        // a channel with nothing published is never advertised to citizens (空白栏目, 检查指标 veto)
        java.util.Map<String, Long> counts = listing.by(ListingCounts.By.CHANNEL);
        List<ChannelView> all = Channel.listOrdered().stream()
                .filter(c -> counts.getOrDefault(c.code, 0L) > 0)
                .map(c -> new ChannelView(c.code, c.publicName(), c.kind, c.description, c.owner.name)).toList();
        // 要闻 and 通知公告 first: the open channels whose usual type is news or notices, with something in them;
        // at most MAX_BLOCKS, the portal's own before the organizations' (sort order), so the page's cost stays
        // flat: every organization's 机构概况 and 其他 are notice channels too, and a block each made the home
        // page 152 KB and 1 s to render at a million documents (docs/benchmarks.md)
        List<Block> blocks = Channel.listOrdered().stream()
                .filter(c -> c.isOpen() && c.kind == org.zwgk.portal.channels.ChannelKind.SECTION
                        && (c.defaultType == DocumentType.NEWS || c.defaultType == DocumentType.NOTICE)
                        && counts.getOrDefault(c.code, 0L) > 0)
                .limit(MAX_BLOCKS)
                .sorted(java.util.Comparator.comparing((Channel c) -> c.defaultType == DocumentType.NEWS ? 0 : 1))
                .map(c -> new Block(c.code, c.publicName(), documents.list(
                        new DocumentFilter(null, c, null, null, null), new PageRequest(1, 6)).results()))
                .toList();
        return Templates.home(blocks, latest,
                all.stream().filter(c -> c.kind() == org.zwgk.portal.channels.ChannelKind.SECTION).toList(),
                all.stream().filter(c -> c.kind() != org.zwgk.portal.channels.ChannelKind.SECTION).toList(),
                trees.organizations().stream().filter(e -> e.depth() <= 1).toList(),
                trees.topics().stream().filter(e -> e.depth() == 0).toList(),
                trees.genres());
    }
}
