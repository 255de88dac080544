package org.zwgk.portal.interviews;

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
import org.zwgk.portal.web.UserError;

import java.util.List;

/**
 * The public pages of 在线访谈 / 新闻发布会 under {@code /hudong/interviews}: the list (upcoming,
 * live, past), and one event: guests, the policies discussed, approved questions (de-identified), the
 * question form until it ends, the entries (a plain page that refreshes itself while live, no
 * script), and afterwards the transcript with its pictures.
 */
@Path("/hudong/interviews")
@Produces(MediaType.TEXT_HTML)
public class InterviewResource {

    /** How often the live page reloads itself. */
    public static final int REFRESH_SECONDS = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<InterviewView> upcoming, List<InterviewView> live, List<InterviewView> past);

        static native TemplateInstance interview(InterviewView i, int refresh, boolean asking, String formToken, String body, String done,
                                                String error);
    }

    private final InterviewService service;
    private final CitizenForm form;

    InterviewResource(InterviewService service, CitizenForm form) {
        this.service = service;
        this.form = form;
    }

    @GET
    @Transactional
    public String list() {
        List<InterviewView> all = Interview.byStart().stream().map(i -> InterviewView.brief(i, form.deidentifier())).toList();
        List<InterviewView> upcoming = new java.util.ArrayList<>(all.stream().filter(InterviewView::scheduled).toList());
        java.util.Collections.reverse(upcoming); // the next one first
        return Templates.list(upcoming, all.stream().filter(InterviewView::live).toList(),
                all.stream().filter(InterviewView::ended).toList()).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response interview(@RestPath long id) {
        return page(id, false, "", null, null, 200);
    }

    /**
     * The question form on a page of its own that does not reload itself, so what a citizen types
     * during a live event is not lost to the live page's refresh.
     */
    @GET
    @Path("{id}/ask")
    @Transactional
    public Response askForm(@RestPath long id) {
        return page(id, true, "", null, null, 200);
    }

    private Response page(long id, boolean asking, String body, String done, String error, int status) {
        return CitizenForm.noStore(status, render(id, asking, body, done, error, form.token()));
    }

    private String render(long id, boolean asking, String body, String done, String error, String formToken) {
        InterviewView view = InterviewView.of(InterviewService.findPublished(id), form.deidentifier(), Reader.PUBLIC);
        return Templates.interview(view, REFRESH_SECONDS, asking, formToken, body, done, error).render();
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@RestPath long id, @RestForm String body, @RestForm String formToken) {
        // refused, the question comes back on the form's own page, which does not reload itself
        return form.send(() -> service.ask(id, body, form.address(), form.spending(formToken, () -> InterviewService.im().formUsed())), InterviewService.im().asked(), body,
                formToken, (typed, done, error, token) -> render(id, error != null, typed, done, error, token));
    }

    /** An entry's picture, of the type its bytes were checked to be. */
    @GET
    @Path("{id}/pictures/{entry}")
    @Produces({"image/png", "image/jpeg"})
    @Transactional
    public Response picture(@RestPath long id, @RestPath long entry) {
        InterviewEntry e = InterviewEntry.findById(entry);
        if (e == null || e.interview.id != id || e.pictureSha256 == null || !e.interview.published()) {
            throw UserError.notFound(m -> InterviewService.im().notFound());
        }
        return Response.ok(service.picture(e).toFile(), e.pictureType).header("Cache-Control", "public, max-age=86400")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
