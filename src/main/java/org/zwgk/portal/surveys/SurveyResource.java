package org.zwgk.portal.surveys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.zwgk.portal.contributions.CitizenForm;
import org.zwgk.portal.web.UserError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public 问卷调查 pages under {@code /hudong/surveys}: the list, one survey with its form while
 * it is open (plain HTML, the message form's signed time-based token and per-address limit; a form
 * that fails comes back as typed), and the results once it closed: an SVG bar chart per choice
 * question with the same figures in a table, and the approved free-text answers de-identified.
 */
@Path("/hudong/surveys")
@Produces(MediaType.TEXT_HTML)
public class SurveyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SurveyView> surveys);

        static native TemplateInstance survey(SurveyView s, String formToken, Filled filled, List<String> problems, String done,
                                              boolean answeredHere);

        static native TemplateInstance results(SurveyView s, List<SurveyView.Chart> charts);
    }

    private final SurveyService service;
    private final CitizenForm form;
    private final AnsweredCookie answeredCookie;

    SurveyResource(SurveyService service, CitizenForm form, AnsweredCookie answeredCookie) {
        this.service = service;
        this.form = form;
        this.answeredCookie = answeredCookie;
    }

    @GET
    @Transactional
    public String list() {
        return Templates.list(Survey.publishedNewestFirst().stream().map(s -> SurveyView.shown(s, service.today(), form.deidentifier())).toList()).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response survey(@RestPath long id, @Context HttpHeaders headers, @org.jboss.resteasy.reactive.RestQuery String again) {
        SurveyView view = SurveyView.shown(SurveyService.findPublished(id), service.today(), form.deidentifier());
        if (view.open() && again == null && headers.getCookies().containsKey(AnsweredCookie.name(id))) {
            // the page opened again after answering (browser walk: a fresh form invited a second answer); someone
            // else on a shared device asks for the form (?again), which the token and the address limit count
            return noStore(Templates.survey(view, null, Filled.EMPTY, List.of(), SurveyService.sm().answeredBefore(), true).render(), 200);
        }
        return noStore(Templates.survey(view, form.token(), Filled.EMPTY, List.of(), null, false).render(), 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@RestPath long id, @RestForm String formToken) {
        Map<Long, List<String>> values = QuarkusTransaction.requiringNew().call(() -> sent(SurveyService.findPublished(id)));
        try {
            service.answer(id, values, formToken, form.address(), form.spending(formToken, () -> SurveyService.sm().formUsed()));
            return QuarkusTransaction.requiringNew().call(() -> {
                Survey s = Survey.findById(id);
                String html = Templates.survey(SurveyView.shown(s, service.today(), form.deidentifier()), null, Filled.EMPTY, List.of(),
                        SurveyService.sm().received(), false).render();
                return Response.fromResponse(noStore(html, 200)).cookie(answeredCookie.of(s, service.today())).build();
            });
        } catch (UserError e) {
            if (e.status() == 404) {
                throw e;
            }
            // only the refusal of a form sent twice (409): a limit or a mistake after the token was spent is not one
            if (e.status() == 409 && form.alreadySent(formToken)) {
                // the page that thanked them, reloaded: said so again, without a form to send a second answer by
                // (browser walk: the reload showed the answers ticked under a fresh token, and a click counted twice)
                String html = QuarkusTransaction.requiringNew().call(() -> Templates.survey(SurveyView.shown(Survey.findById(id),
                        service.today(), form.deidentifier()), null, Filled.EMPTY, List.of(), e.message(form.messages()), false).render());
                return noStore(html, e.status());
            }
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (UserError.FieldMessage f : e.fieldMessages(form.messages())) {
                errors.merge(f.field(), f.message(), (a, b) -> a + " " + b);
                problems.add(f.message());
            }
            if (problems.isEmpty()) {
                problems.add(e.message(form.messages()));
            }
            String html = QuarkusTransaction.requiringNew().call(() -> Templates.survey(SurveyView.shown(Survey.findById(id), service.today(), form.deidentifier()),
                    form.renewed(formToken), new Filled(values, errors), problems, null, false).render());
            return noStore(html, e.status());
        }
    }

    /** The values sent for each question: fields {@code q<question id>}, repeated for a multiple choice. */
    private static Map<Long, List<String>> sent(Survey s) {
        var request = CurrentRequestManager.get();
        Map<Long, List<String>> values = new LinkedHashMap<>();
        for (SurveyQuestion q : SurveyQuestion.of(s)) {
            Object v = request.getFormParameter("q" + q.id, false, false);
            List<String> list = new ArrayList<>();
            if (v instanceof List<?> l) {
                l.forEach(x -> list.add(String.valueOf(x)));
            } else if (v != null) {
                list.add(String.valueOf(v));
            }
            values.put(q.id, list);
        }
        return values;
    }

    @GET
    @Path("{id}/results")
    @Transactional
    public String results(@RestPath long id) {
        Survey s = SurveyService.findPublished(id);
        SurveyView view = SurveyView.shown(s, service.today(), form.deidentifier());
        return Templates.results(view, view.closed() ? SurveyView.results(s, form.deidentifier()) : List.of()).render();
    }

    private static Response noStore(String html, int status) {
        return CitizenForm.noStore(status, html);
    }
}
