package org.zwgk.portal.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.channels.ChannelKind;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentDetail;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.documents.ListingCounts;
import org.zwgk.portal.web.PageAsked;
import org.zwgk.portal.web.Page;
import org.zwgk.portal.web.UserError;

import java.util.List;

/**
 * The 体验区 view for the touch screens in the service hall: large targets, browsing by touch only
 * (no search box, no forms), and every page returns to the start page after two minutes idle.
 */
@Path("/kiosk")
@Produces(MediaType.TEXT_HTML)
public class KioskResource {

    /** Seconds without a touch (a new page) before the screen goes back to the start page. */
    public static final int IDLE_SECONDS = 120;
    static final int PAGE_SIZE = 8;

    public record Tile(String name, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<Tile> channels, List<DocumentSummary> latest, int idle);

        static native TemplateInstance channel(String name, Page<DocumentSummary> page, String previousUrl, String nextUrl, int idle);

        static native TemplateInstance document(DocumentDetail detail, int idle);
    }

    private final DocumentCatalog documents;
    private final ListingCounts listing;
    private final LatestInformation latestInformation;

    KioskResource(DocumentCatalog documents, ListingCounts listing, LatestInformation latestInformation) {
        this.documents = documents;
        this.listing = listing;
        this.latestInformation = latestInformation;
    }

    @GET
    @Transactional
    public TemplateInstance start() {
        // as on the home page, a channel with nothing published is not offered; one name that several
        // organizations' channels share (政策文件, 机构概况) says whose each is
        java.util.Map<String, Long> counts = listing.by(ListingCounts.By.CHANNEL);
        List<Channel> shown = Channel.listOrdered().stream()
                .filter(c -> c.kind == ChannelKind.SECTION && counts.getOrDefault(c.code, 0L) > 0).toList();
        java.util.Map<String, Long> sameName = shown.stream()
                .collect(java.util.stream.Collectors.groupingBy(c -> c.name, java.util.stream.Collectors.counting()));
        List<Tile> channels = shown.stream()
                .map(c -> new Tile(sameName.get(c.name) > 1 ? c.name + "（" + c.owner.displayName() + "）" : c.name,
                        org.zwgk.portal.web.Routes.kioskChannel(c.code))).toList();
        return Templates.start(channels, latestInformation.latest(PAGE_SIZE), IDLE_SECONDS);
    }

    @GET
    @Path("channels/{code}")
    @Transactional
    public TemplateInstance channel(@PathParam("code") String code, @QueryParam("page") String page) {
        Channel channel = Channel.findByCode(code).orElseThrow(() -> UserError.notFound(m -> m.channelNotFound()));
        PageAsked asked = PageAsked.of(page, Integer.toString(PAGE_SIZE));
        Page<DocumentSummary> results = documents.list(new DocumentFilter(null, channel, null, null, null), asked.request());
        String base = org.zwgk.portal.web.Routes.kioskChannel(code) + "?page=";
        int p = results.page();
        String previous = p > 1 ? base + (p - 1) : null;
        String next = (long) p * results.size() < results.total() ? base + (p + 1) : null;
        return asked.on(Templates.channel(channel.name, results, previous, next, IDLE_SECONDS));
    }

    @GET
    @Path("documents/{id}")
    public TemplateInstance document(@PathParam("id") long id) {
        // a path that is no number is a 404 before it gets here
        if (id > 0 && documents.find(id) instanceof DocumentCatalog.Lookup.Found found) {
            return Templates.document(found.detail(), IDLE_SECONDS);
        }
        throw UserError.notFound(m -> m.documentNotFound());
    }
}
