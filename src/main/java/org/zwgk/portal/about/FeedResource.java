package org.zwgk.portal.about;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.web.PageRequest;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.SiteInfo;
import org.zwgk.portal.web.UserError;

import java.time.Instant;
import java.util.List;

/** Atom feeds (RFC 4287): the whole site's latest documents, and each channel's. */
@Path("/feeds")
@Produces("application/atom+xml; charset=utf-8")
public class FeedResource {

    static final int ENTRIES = 20;

    private final DocumentCatalog documents;
    private final SiteInfo site;

    private final org.zwgk.portal.common.PortalConfig config;

    private final org.zwgk.portal.home.LatestInformation latestInformation;

    FeedResource(DocumentCatalog documents, SiteInfo site, org.zwgk.portal.common.PortalConfig config,
                 org.zwgk.portal.home.LatestInformation latestInformation) {
        this.config = config;
        this.latestInformation = latestInformation;
        this.documents = documents;
        this.site = site;
    }

    @GET
    @Path("latest.atom")
    @Transactional
    public String latest(@Context UriInfo uri) {
        // the home page's 最新信息: not the 一号答 knowledge base nor citizens' letters (citizen walk: the feed held only answers)
        List<DocumentSummary> latest = latestInformation.latest(ENTRIES);
        return feed(Xml.base(uri, config), site.portalTitle(), Routes.feed(), Routes.home(), latest);
    }

    @GET
    @Path("channels/{code}.atom")
    @Transactional
    public String channel(@PathParam("code") String code, @Context UriInfo uri) {
        Channel channel = Channel.findByCode(code).orElseThrow(() -> UserError.notFound(m -> m.channelNotFound()));
        List<DocumentSummary> latest = documents.list(new DocumentFilter(null, channel, null, null, null),
                new PageRequest(1, ENTRIES)).results();
        return feed(Xml.base(uri, config), channel.name + " - " + site.portalTitle(), Routes.channelFeed(channel.code),
                Routes.channel(channel.code), latest);
    }

    private String feed(String base, String title, String self, String page, List<DocumentSummary> listed) {
        // an undated document (an imported law whose source gives no date) is no news: an entry needs its date
        List<DocumentSummary> entries = listed.stream().filter(d -> d.publishedAt() != null).toList();
        Instant updated = entries.stream().map(DocumentSummary::publishedAt).max(Instant::compareTo)
                .orElse(Instant.parse("2000-01-01T00:00:00Z"));
        String author = site.sponsor().isBlank() ? site.name() : site.sponsor();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("<title>").append(Xml.escape(title)).append("</title>\n")
                .append("<id>").append(Xml.escape(base + self)).append("</id>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(base + self)).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base + page)).append("\"/>\n")
                .append("<updated>").append(updated).append("</updated>\n")
                .append("<author><name>").append(Xml.escape(author)).append("</name></author>\n");
        for (DocumentSummary d : entries) {
            String url = base + d.url();
            out.append("<entry>\n")
                    .append("<title>").append(Xml.escape(d.title())).append("</title>\n")
                    .append("<id>").append(Xml.escape(url)).append("</id>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n")
                    .append("<published>").append(d.publishedAt()).append("</published>\n")
                    .append("<updated>").append(d.publishedAt()).append("</updated>\n")
                    // the issuer the document's page names (国务院 for a State Council regulation), not the unit that posted it here
                    .append("<author><name>").append(Xml.escape(d.publisher())).append("</name></author>\n")
                    .append("<category term=\"").append(Xml.escape(d.channelCode())).append("\" label=\"")
                    .append(Xml.escape(d.channel())).append("\"/>\n");
            String summary = d.summary() != null && !d.summary().isBlank() ? d.summary()
                    : d.docNumber() != null ? d.docNumber() : null;
            if (summary != null) {
                out.append("<summary>").append(Xml.escape(summary)).append("</summary>\n");
            }
            out.append("</entry>\n");
        }
        return out.append("</feed>\n").toString();
    }
}
