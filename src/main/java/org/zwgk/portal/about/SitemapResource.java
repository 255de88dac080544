package org.zwgk.portal.about;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.UserError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sitemap.xml as a sitemap index: one file of pages (home, the 政府信息公开 专栏, channels with
 * something published, the footer pages) and one file per {@value #PER_FILE} documents, each read as
 * ids and dates only, so the sitemap stays cheap however many documents there are.
 */
@Path("/sitemap.xml")
@Produces("application/xml; charset=utf-8")
public class SitemapResource {

    static final int PER_FILE = 10_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final DocumentCatalog documents;
    private final org.zwgk.portal.common.PortalConfig config;

    SitemapResource(DocumentCatalog documents, org.zwgk.portal.common.PortalConfig config) {
        this.documents = documents;
        this.config = config;
    }

    @GET
    @Transactional
    public String sitemap(@QueryParam("part") String part, @Context UriInfo uri) {
        String base = Xml.base(uri, config);
        if (part == null || part.isBlank()) {
            return index(base);
        }
        if (part.equals("pages")) {
            return pages(base);
        }
        if (part.matches("documents-[1-9][0-9]{0,5}")) {
            return documentsFile(base, Integer.parseInt(part.substring("documents-".length())));
        }
        throw UserError.badInput("part", m -> m.badCode("part"));
    }

    private String index(String base) {
        long files = Math.max(1, (documents.countListed() + PER_FILE - 1) / PER_FILE);
        Instant last = latest();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NS + "\">\n");
        sitemapEntry(out, base + Routes.sitemapXml() + "?part=pages", last);
        for (int i = 1; i <= files; i++) {
            sitemapEntry(out, base + Routes.sitemapXml() + "?part=documents-" + i, last);
        }
        return out.append("</sitemapindex>\n").toString();
    }

    private String pages(String base) {
        Map<String, Instant> lastByChannel = documents.lastPublishedByChannel();
        Instant last = latest();
        StringBuilder out = urlset();
        List<String> pages = new ArrayList<>(List.of(Routes.home(), Routes.catalog()));
        for (String part : List.of("guide", "rules", "statutory", "reports", "apply")) {
            pages.add(Routes.xxgkPart(part, null));
        }
        for (String page : List.of("contact", "sitemap", "privacy", "terms", "interaction", "services")) {
            pages.add(Routes.about(page));
        }
        pages.add(Routes.developers());
        for (String page : pages) {
            url(out, base + page, last);
        }
        for (Channel c : Channel.listOrdered()) {
            Instant channelLast = lastByChannel.get(c.code);
            if (channelLast != null) {
                url(out, base + Routes.channel(c.code), channelLast);
            }
        }
        return out.append("</urlset>\n").toString();
    }

    private String documentsFile(String base, int file) {
        StringBuilder out = urlset();
        for (DocumentCatalog.Stamp s : documents.stamps((file - 1) * PER_FILE, PER_FILE)) {
            url(out, base + s.url(), s.lastModified());
        }
        return out.append("</urlset>\n").toString();
    }

    private Instant latest() {
        return documents.lastPublishedByChannel().values().stream().max(Instant::compareTo).orElse(null);
    }

    private static StringBuilder urlset() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n");
    }

    private static void url(StringBuilder out, String loc, Instant lastmod) {
        out.append("<url><loc>").append(Xml.escape(loc)).append("</loc>");
        if (lastmod != null) {
            out.append("<lastmod>").append(lastmod).append("</lastmod>");
        }
        out.append("</url>\n");
    }

    private static void sitemapEntry(StringBuilder out, String loc, Instant lastmod) {
        out.append("<sitemap><loc>").append(Xml.escape(loc)).append("</loc>");
        if (lastmod != null) {
            out.append("<lastmod>").append(lastmod).append("</lastmod>");
        }
        out.append("</sitemap>\n");
    }
}
