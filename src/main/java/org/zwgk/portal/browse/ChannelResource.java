package org.zwgk.portal.browse;

import org.zwgk.portal.web.PageAsked;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.channels.ChannelKind;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.documents.DocumentFilter;
import org.zwgk.portal.documents.DocumentSummary;
import org.zwgk.portal.web.Page;
import org.zwgk.portal.web.UserError;

/** A channel's page: what it is, who owns it, and its public documents, newest first. */
@Path("/channels/{code}")
@Produces(MediaType.TEXT_HTML)
public class ChannelResource {

    /** What the page shows of the channel itself. */
    public record ChannelView(String code, String name, ChannelKind kind, String description, String owner) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance channel(ChannelView channel, Page<DocumentSummary> page, String pageUrl);
    }

    private final DocumentCatalog documents;

    ChannelResource(DocumentCatalog documents) {
        this.documents = documents;
    }

    @GET
    @Transactional
    public TemplateInstance channel(@PathParam("code") String code, @QueryParam("page") String page) {
        Channel channel = Channel.findByCode(code).orElseThrow(() -> UserError.notFound(m -> m.channelNotFound()));
        PageAsked asked = PageAsked.of(page, null);
        Page<DocumentSummary> results = documents.list(new DocumentFilter(null, channel, null, null, null), asked.request());
        ChannelView view = new ChannelView(channel.code, channel.name, channel.kind, channel.description,
                channel.owner.name);
        return asked.on(Templates.channel(view, results, Routes.channel(channel.code) + "?"));
    }
}
