package org.zwgk.portal.supervision;

import org.zwgk.portal.web.Routes;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.channels.ChannelAdminService;
import org.zwgk.portal.channels.Freshness;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.documents.DocumentCatalog;

import org.zwgk.portal.channels.ChannelEdit;
import org.zwgk.portal.web.validation.InputValidation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The workbench's channel page: each channel the user's organizations own with how fresh it is
 * against the inspection thresholds; for site admins every channel, with transfer and merge.
 */
@Path("/workbench/channels")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChannelWorkbenchResource {

    /** A channel with its freshness; blank: open and nothing published ever (空白栏目, hidden from citizens). */
    public record Row(Channel channel, Freshness freshness) {
        public boolean blank() {
            return channel.isOpen() && freshness.lastPublished() == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance channels(PortalUser user, List<Row> rows, List<Organization> organizations,
                                                List<Channel> openChannels, long blank, int blankLimit);
    }

    private final DocumentCatalog documents;
    private final ChannelAdminService admin;
    private final CurrentUser current;
    private final InspectionConfig inspection;
    private final InputValidation validation;

    ChannelWorkbenchResource(DocumentCatalog documents, ChannelAdminService admin, CurrentUser current,
                             InspectionConfig inspection, InputValidation validation) {
        this.validation = validation;
        this.documents = documents;
        this.admin = admin;
        this.current = current;
        this.inspection = inspection;
    }

    /** Rendered inside the transaction: rows walk lazy associations (owner, merged into). */
    @GET
    @Transactional
    public String channels() {
        PortalUser user = current.get();
        boolean all = user.siteAdmin() || user.auditReader();
        Map<String, Instant> last = documents.lastPublishedByChannel();
        LocalDate today = LocalDate.now(org.zwgk.portal.common.PortalConfig.ZONE);
        List<Channel> channels = Channel.listOrdered();
        List<Row> rows = channels.stream()
                .filter(c -> all || user.roles().containsKey(c.owner.code))
                .map(c -> new Row(c, Freshness.of(c, last.get(c.code), today)))
                .toList();
        return Templates.channels(user, rows, user.siteAdmin() ? Organization.listOrdered() : List.of(),
                channels.stream().filter(Channel::isOpen).toList(), rows.stream().filter(Row::blank).count(),
                inspection.blankChannelLimit()).render();
    }

    @POST
    @Path("{code}/transfer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transfer(@RestPath String code, @RestForm String organization, @RestForm String reason) {
        admin.transfer(current.get(), code, organization, reason, current.actor());
        return Response.seeOther(URI.create(Routes.channelsAdmin())).build();
    }

    @POST
    @Path("{code}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath String code, @RestForm String name, @RestForm String description) {
        ChannelEdit input = new ChannelEdit(name, description);
        InputValidation.requireNone(validation.problems(input, ChannelEdit.Field::label));
        admin.edit(current.get(), code, input.name, input.description, current.actor());
        return Response.seeOther(URI.create(Routes.channelsAdmin())).build();
    }

    @POST
    @Path("{code}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath String code, @RestForm String into, @RestForm String reason) {
        admin.merge(current.get(), code, into, reason, current.actor());
        return Response.seeOther(URI.create(Routes.channelsAdmin())).build();
    }
}
