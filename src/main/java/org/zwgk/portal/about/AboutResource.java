package org.zwgk.portal.about;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.documents.DocumentCatalog;
import org.zwgk.portal.organizations.Organization;

import java.util.List;
import java.util.Map;

/**
 * The pages the header and footer link to: 联系我们 with the hotline directory, 网站地图, 隐私声明,
 * 网站声明, and what 互动交流 and 办事服务 offer for now.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/about")
public class AboutResource {

    /** One line of the hotline directory. */
    public record Contact(String name, String phone) {
    }

    /** A channel the sitemap lists: only channels with something published. */
    public record Section(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(List<Contact> directory);

        static native TemplateInstance sitemap(List<Section> sections);

        static native TemplateInstance statement(String page);
    }

    private final DocumentCatalog documents;

    AboutResource(DocumentCatalog documents) {
        this.documents = documents;
    }

    @GET
    @Path("contact")
    @Transactional
    public TemplateInstance contact() {
        return Templates.contact(Organization.listOrdered().stream()
                .filter(o -> o.phone != null && !o.phone.isBlank())
                .map(o -> new Contact(o.name, o.phone)).toList());
    }

    @GET
    @Path("sitemap")
    @Transactional
    public TemplateInstance sitemap() {
        Map<String, Long> counts = documents.countByChannel(null);
        return Templates.sitemap(Channel.listOrdered().stream()
                .filter(c -> counts.getOrDefault(c.code, 0L) > 0)
                .map(c -> new Section(c.code, c.name)).toList());
    }

    @GET
    @Path("{page: privacy|terms|interaction|services}")
    public TemplateInstance statement(@jakarta.ws.rs.PathParam("page") String page) {
        return Templates.statement(page);
    }
}
