package org.zwgk.portal.consultations;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.messages.FormTokens;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.web.ErrorResponses;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

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
    private final FormTokens tokens;
    private final CurrentUser current;
    private final Deidentifier deidentifier;
    private final Messages messages;

    ConsultationResource(ConsultationService service, FormTokens tokens, CurrentUser current, Deidentifier deidentifier, Messages messages) {
        this.service = service;
        this.tokens = tokens;
        this.current = current;
        this.deidentifier = deidentifier;
        this.messages = messages;
    }

    @GET
    @Transactional
    public String list() {
        return Templates.list(Consultation.newestFirst().stream()
                .map(c -> ConsultationView.of(c, service.today(), deidentifier, false)).toList()).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public String consultation(@RestPath long id) {
        return Templates.consultation(ConsultationView.of(ConsultationService.find(id), service.today(), deidentifier, false),
                tokens.issue(), "", null, null).render();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@RestPath long id, @RestForm String body, @RestForm String formToken) {
        try {
            service.comment(id, body, current.address(), () -> spend(formToken));
            String html = QuarkusTransaction.requiringNew().call(() -> Templates.consultation(ConsultationView.of(
                    ConsultationService.find(id), service.today(), deidentifier, false), tokens.issue(), "",
                    ConsultationService.cm().commentReceived(), null).render());
            return Response.ok(html, MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store").build();
        } catch (UserError e) {
            if (e.status() == 404) {
                throw e;
            }
            String html = QuarkusTransaction.requiringNew().call(() -> Templates.consultation(ConsultationView.of(
                    ConsultationService.find(id), service.today(), deidentifier, false), tokens.issue(), body == null ? "" : body,
                    null, e.message(messages)).render());
            return ErrorResponses.page(e.status(), html);
        }
    }

    private void spend(String token) {
        tokens.spendOrRefuse(token);
    }
}
