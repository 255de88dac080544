package org.zwgk.portal.consultations;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.zwgk.portal.access.Reader;
import org.zwgk.portal.contributions.CitizenForm;

import java.util.List;

/**
 * The public 征集调查 pages under {@code /hudong/consultations}: the list, and one consultation with
 * its approved (de-identified) comments, the comment form while it is open (the same signed form
 * token and per-address limit as the message form) and the feedback once published.
 */
@Path("/hudong/consultations")
@Produces(MediaType.TEXT_HTML)
public class ConsultationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ConsultationView> consultations);

        static native TemplateInstance consultation(ConsultationView c, String formToken, String body, String done, String error);
    }

    private final ConsultationService service;
    private final CitizenForm form;

    ConsultationResource(ConsultationService service, CitizenForm form) {
        this.service = service;
        this.form = form;
    }

    @GET
    @Transactional
    public String list() {
        return Templates.list(Consultation.newestFirst().stream()
                .map(c -> ConsultationView.of(c, service.today(), form.deidentifier(), Reader.PUBLIC)).toList()).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public String consultation(@RestPath long id) {
        return page(id, "", null, null, form.token());
    }

    private String page(long id, String body, String done, String error, String formToken) {
        return Templates.consultation(ConsultationView.of(ConsultationService.findPublished(id), service.today(), form.deidentifier(), Reader.PUBLIC),
                formToken, body, done, error).render();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@RestPath long id, @RestForm String body, @RestForm String formToken) {
        return form.send(() -> service.comment(id, body, form.address(), form.spending(formToken, () -> ConsultationService.cm().formUsed())),
                ConsultationService.cm().commentReceived(), body, formToken, (typed, done, error, token) -> page(id, typed, done, error, token));
    }
}
