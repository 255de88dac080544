package org.zwgk.portal.requests;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The receiving organization's workbench for requests: the list with what is overdue or due within
 * 3 working days, and one request with the applicant's data and its next steps. Every post goes
 * through {@link RequestService}, which admits only the organization's own staff; a refused step
 * shows the page again with what was typed.
 */
@Path("/workbench/requests")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RequestWorkbenchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PortalUser user, List<RequestView> requests, long overdue, long dueSoon,
                                            List<Organization> handled);

        static native TemplateInstance request(PortalUser user, RequestView view, List<Organization> organizations,
                                               boolean admin, boolean mayIssue, boolean filesRemovable, Map<String, String> typed,
                                               String done, String error,
                                               List<UserError.FieldMessage> problems, List<AnswerType> answerTypes,
                                               List<RequestConsultation.Kind> kinds, RequestService.TransferTargets targets);
    }

    private final RequestService service;
    private final RequestViews views;
    private final CurrentUser current;
    private final Messages messages;
    private final NoticePdf pdf;
    private final RequestFiles files;

    RequestWorkbenchResource(RequestService service, RequestViews views, CurrentUser current, Messages messages, NoticePdf pdf,
                             RequestFiles files) {
        this.files = files;
        this.service = service;
        this.views = views;
        this.current = current;
        this.messages = messages;
        this.pdf = pdf;
    }

    @GET
    @Transactional
    public String list() {
        PortalUser user = current.get();
        List<RequestView> all = service.listFor(user).stream().map(r -> views.of(r, false)).toList();
        return Templates.list(user, all, all.stream().filter(RequestView::overdue).count(),
                all.stream().filter(RequestView::dueSoon).count(), service.handledBy(user)).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public String request(@RestPath long id, @RestQuery String done) {
        PortalUser user = current.get();
        return page(user, id, Map.of(), doneMessage(done), null, List.of());
    }

    @GET
    @Path("{id}/notice.pdf")
    @Produces("application/pdf")
    @Transactional
    public Response notice(@RestPath long id) {
        InfoRequest r = service.visible(current.get(), id);
        if (r.answerType == null) {
            throw UserError.notFound(m -> Ysq.text().ysqNoAnswerYet());
        }
        return Response.ok(pdf.render(views.of(r, true)), "application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", NoticePdf.contentDisposition(r.trackingCode)).build();
    }

    /** A file for the answer (the released information), uploaded from the request's page. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@RestPath long id, @RestForm String title, @RestForm FileUpload file) {
        PortalUser user = current.get();
        return handled(user, id, title == null ? Map.of() : Map.of("title", title), () -> {
            files.attach(user, id, title, file, current.actor());
            return "/workbench/requests/" + id + "?done=files#files";
        });
    }

    /** Takes a file off the answer before 归档, with a reason (audited). */
    @POST
    @Path("{id}/files/{file}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id, @RestPath long file, @RestForm String reason) {
        PortalUser user = current.get();
        return handled(user, id, Map.of(), () -> {
            files.remove(user, id, file, reason, current.actor());
            return "/workbench/requests/" + id + "?done=fileRemoved#files";
        });
    }

    @GET
    @Path("{id}/files/{file}")
    public Response file(@RestPath long id, @RestPath long file) {
        return files.forStaff(current.get(), id, file, current.actor()).response();
    }

    @POST
    @Path("{id}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@RestPath long id, @RestPath String step, MultivaluedMap<String, String> form) {
        PortalUser user = current.get();
        Function<String, String> f = form::getFirst;
        long lock = lockVersion(f.apply("lockVersion"));
        Map<String, String> typed = new java.util.HashMap<>();
        form.forEach((k, v) -> {
            if (!v.isEmpty() && v.get(0) != null && !"csrf-token".equals(k)) {
                typed.put(k, v.get(0));
            }
        });
        return handled(user, id, typed, () -> {
            switch (step) {
                case "register" -> service.register(user, id, lock, f.apply("receivedOn"), current.actor());
                case "correction" -> service.askCorrection(user, id, lock, f.apply("correctionNote"), f.apply("correctionDue"), current.actor());
                case "consult" -> service.startConsultation(user, id, lock, f.apply("consultationKind"), f.apply("consultationNote"),
                        current.actor());
                case "consulted" -> service.endConsultation(user, id, lock, current.actor());
                case "extend" -> service.extend(user, id, lock, integer(f.apply("extensionDays")), f.apply("extensionReason"), current.actor());
                case "answer" -> service.answer(user, id, lock, f.apply("answerType"), f.apply("answerReason"), f.apply("answerText"), current.actor());
                case "issue" -> service.issueAnswer(user, id, lock, current.actor());
                case "return-answer" -> service.returnAnswer(user, id, lock, f.apply("returnNote"), current.actor());
                case "archive" -> service.archive(user, id, lock, current.actor());
                case "transfer" -> {
                    service.transfer(user, id, lock, f.apply("to"), f.apply("transferNote"), current.actor());
                    return "/workbench/requests?done=transferred";
                }
                default -> throw UserError.notFound(m -> Ysq.text().ysqNotFound());
            }
            return "/workbench/requests/" + id + "?done=" + step;
        });
    }

    /**
     * Runs one of the request page's forms and goes where it says (303); a refusal that is not about
     * access shows the request's page again with its message, each wrong field named and {@code typed} kept.
     */
    private Response handled(PortalUser user, long id, Map<String, String> typed, java.util.function.Supplier<String> action) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> Response.seeOther(URI.create(action.get())).build(),
                e -> page(user, id, typed, null, e.message(messages), e.fieldMessages(messages)));
    }

    private String page(PortalUser user, long id, Map<String, String> typed, String done, String error,
                        List<UserError.FieldMessage> problems) {
        InfoRequest r = service.visible(user, id);
        boolean mayIssue = r.issuableBy(user);
        // as RequestFiles.remove decides: anyone of the staff while drafting, a reviewer once issued
        boolean filesRemovable = r.status == RequestStatus.REGISTERED
                || r.status == RequestStatus.ANSWERED && user.has(Role.REVIEWER, r.organization.code);
        List<Organization> organs = Organization.receivingRequests();
        return Templates.request(user, views.of(r, true), organs, user.has(Role.ORG_ADMIN, r.organization.code),
                mayIssue, filesRemovable,
                typed, done, error, problems, java.util.Arrays.asList(AnswerType.values()),
                java.util.Arrays.asList(RequestConsultation.Kind.values()), service.transferTargets(organs)).render();
    }

    private static long lockVersion(String value) {
        try {
            return value == null || value.isBlank() ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String doneMessage(String done) {
        return done == null ? null : Ysq.text().ysqDone(done);
    }
}
