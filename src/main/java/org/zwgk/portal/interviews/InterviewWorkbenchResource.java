package org.zwgk.portal.interviews;

import org.zwgk.portal.contributions.Moderation;
import org.zwgk.portal.web.FormBinding;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Reader;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.web.ErrorResponses;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.PublicationLevels;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** The workbench side of 在线访谈 / 新闻发布会: schedule one, moderate questions, add live entries, end it. */
@Path("/workbench/interviews")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class InterviewWorkbenchResource {

    /** What the schedule form had, so a refused one comes back as typed. */
    public record Typed(String organization, String kind, String title, String startsAt, String place, String guests,
                        String description, String documents, List<UserError.FieldMessage> errors) {
        static final Typed EMPTY = new Typed("", "INTERVIEW", "", "", "", "", "", "", List.of());

        public String errorFor(String field) {
            return UserError.FieldMessage.of(errors, field);
        }

        /** The summary's lines, each under its field's name (browser walk: three bare 此项必须填写。). */
        public List<String> problems() {
            InterviewMessages h = InterviewService.im();
            return UserError.FieldMessage.labelled(errors, field -> switch (field) {
                case "organization" -> h.fieldOrganization();
                case "kind" -> h.fieldKind();
                case "title" -> h.fieldTitle();
                case "startsAt" -> h.fieldStartsAt();
                case "place" -> h.fieldPlace();
                case "guests" -> h.fieldGuests();
                case "description" -> h.fieldDescription();
                case "documents" -> h.fieldDocuments();
                default -> null;
            });
        }

        /** The change form's first view: what the interview says now. */
        static Typed of(Interview i) {
            String when = i.startsAt == null ? ""
                    : java.time.LocalDateTime.ofInstant(i.startsAt, org.zwgk.portal.common.PortalConfig.ZONE).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
            return new Typed(i.organization.code, i.kind.name(), i.title, when, i.place, i.guests, i.description,
                    i.documentIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("，")), List.of());
        }

        public List<Interview.Kind> kinds() {
            return List.of(Interview.Kind.values());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interviews(PortalUser user, List<InterviewView> interviews, List<org.zwgk.portal.organizations.Organization> editorOf, Typed typed,
                                                  List<String> problems, boolean discarded);

        static native TemplateInstance interview(PortalUser user, InterviewView i, boolean editor, boolean readsDrafts, String speaker, String body,
                                                 String error, boolean askAcknowledgement, org.zwgk.portal.workflow.PublicationReview review,
                                                 Typed change);
    }

    private final InterviewService service;
    private final CurrentUser current;
    private final Ownership ownership;
    private final Deidentifier deidentifier;
    private final Messages messages;
    private final org.zwgk.portal.pagecache.PageCache pageCache;

    private final org.zwgk.portal.workflow.PublicationLevels publicationLevels;

    InterviewWorkbenchResource(InterviewService service, CurrentUser current, Ownership ownership, Deidentifier deidentifier,
                               Messages messages, org.zwgk.portal.pagecache.PageCache pageCache,
                               org.zwgk.portal.workflow.PublicationLevels publicationLevels) {
        this.publicationLevels = publicationLevels;
        this.pageCache = pageCache;
        this.service = service;
        this.current = current;
        this.ownership = ownership;
        this.deidentifier = deidentifier;
        this.messages = messages;
    }

    @GET
    @Transactional
    public String list(@org.jboss.resteasy.reactive.RestQuery String done) {
        return listPage(Typed.EMPTY, List.of(), "discarded".equals(done));
    }

    private String listPage(Typed typed, List<String> problems) {
        return listPage(typed, problems, false);
    }

    private String listPage(Typed typed, List<String> problems, boolean discarded) {
        PortalUser user = current.get();
        return Templates.interviews(user, Interview.atWork(user).stream()
                        .map(i -> InterviewView.brief(i, ownership.readerOf(user, i.organization), deidentifier)).toList(),
                org.zwgk.portal.organizations.Organization.ordered(user.organizationsWith(Role.EDITOR)), typed, problems, discarded).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@RestForm String organization, @RestForm String kind, @RestForm String title, @RestForm String startsAt,
                             @RestForm String place, @RestForm String guests, @RestForm String description, @RestForm String documents) {
        try {
            Interview i = service.schedule(current.get(), organization, kind, title, startsAt, place, guests, description, documents,
                    current.actor());
            if (!i.documentIds.isEmpty()) {
                pageCache.invalidate(); // committed: the policies' cached pages now link here
            }
            return Response.seeOther(URI.create(Routes.workbenchInterview(i.id))).build();
        } catch (UserError e) {
            if (e.refusesAccess()) {
                throw e;
            }
            Typed typed = new Typed(nz(organization), nz(kind), nz(title), nz(startsAt), nz(place), nz(guests), nz(description),
                    nz(documents), e.formMessages(messages));
            return ErrorResponses.page(e.status(), QuarkusTransaction.requiringNew().call(() -> listPage(typed, typed.problems())));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @GET
    @Path("{id}")
    @Transactional
    public String interview(@RestPath long id) {
        return page(id, "", "", null, false);
    }

    private String page(long id, String speaker, String body, String error, boolean askAcknowledgement) {
        return page(id, speaker, body, error, askAcknowledgement, null);
    }

    private String page(long id, String speaker, String body, String error, boolean askAcknowledgement, Typed change) {
        return page(id, speaker, body, error, askAcknowledgement, change, null);
    }

    private String page(long id, String speaker, String body, String error, boolean askAcknowledgement, Typed change, String returnTyped) {
        PortalUser user = current.get();
        Interview i = InterviewService.find(id);
        Reader reader = ownership.readerOf(user, i.organization);
        if (!reader.atWork()) {
            throw UserError.notFound(m -> InterviewService.im().notFound());
        }
        return Templates.interview(user, InterviewView.of(i, deidentifier, reader), user.has(Role.EDITOR, i.organization.code),
                reader.asTyped(), speaker, body, error, askAcknowledgement,
                publicationLevels.review(user, i).withReturnTyped(returnTyped), change == null ? Typed.of(i) : change).render();
    }

    @POST
    @Path("{id}/questions/{question}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@RestPath long id, @RestPath long question, @RestPath String decision, @RestForm String acknowledged) {
        boolean approves = Moderation.approves(decision);
        return step(id, "", "", org.zwgk.portal.contributions.ModerationNotice.query(approves),
                () -> service.moderate(current.get(), question, approves, FormBinding.checked(acknowledged), current.actor()));
    }

    @POST
    @Path("{id}/entries")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addEntry(@RestPath long id, @RestForm String speaker, @RestForm String body, @RestForm FileUpload picture,
                             @RestForm String acknowledged) {
        return step(id, nz(speaker), nz(body), () -> service.addEntry(current.get(), id, speaker, body, picture,
                FormBinding.checked(acknowledged), current.actor()));
    }

    /** A text-only entry, from a client that sends a plain form. */
    @POST
    @Path("{id}/entries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTextEntry(@RestPath long id, @RestForm String speaker, @RestForm String body, @RestForm String acknowledged) {
        return step(id, nz(speaker), nz(body), () -> service.addEntry(current.get(), id, speaker, body, null,
                FormBinding.checked(acknowledged), current.actor()));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath long id, @RestForm String acknowledged, @RestForm String version) {
        return step(id, "", "", () -> service.publish(current.get(), id, FormBinding.checked(acknowledged),
                PublicationLevels.seenVersion(version), current.actor()));
    }

    @POST
    @Path("{id}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestPath long id, @RestForm String kind, @RestForm String title, @RestForm String startsAt,
                           @RestForm String place, @RestForm String guests, @RestForm String description, @RestForm String documents) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.change(current.get(), id, kind, title, startsAt, place, guests, description, documents, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchInterview(id))).build();
        }, e -> page(id, "", "", null, false, new Typed("", nz(kind), nz(title), nz(startsAt), nz(place), nz(guests), nz(description),
                nz(documents), e.formMessages(messages))));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForChanges(@RestPath long id, @RestForm String returnComment, @RestForm String version) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.returnForChanges(current.get(), id, returnComment, PublicationLevels.seenVersion(version), current.actor());
            return Response.seeOther(URI.create(Routes.workbenchInterview(id))).build();
        }, e -> page(id, "", "", e.message(messages), false, null, returnComment));
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@RestPath long id) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.discard(current.get(), id, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchInterviews() + "?done=discarded")).build();
        }, e -> page(id, "", "", e.message(messages), false));
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@RestPath long id) {
        return step(id, "", "", () -> service.end(current.get(), id, current.actor()));
    }

    /** An entry's problems, each under its field's name (browser walk: 此项必须填写。；此项必须填写。 named neither). */
    private List<String> entryProblems(UserError e) {
        InterviewMessages h = InterviewService.im();
        List<UserError.FieldMessage> fields = e.fieldMessages(messages);
        if (fields.isEmpty()) {
            return e.formProblems(messages);
        }
        return UserError.FieldMessage.labelled(fields, field -> switch (field) {
            case "speaker" -> h.fieldSpeaker();
            case "body" -> h.fieldBody();
            case "picture" -> h.fieldPicture();
            default -> null;
        });
    }

    private Response step(long id, String speaker, String body, Runnable action) {
        return step(id, speaker, body, "", action);
    }

    private Response step(long id, String speaker, String body, String query, Runnable action) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            action.run();
            return Response.seeOther(URI.create(Routes.workbenchInterview(id) + query)).build();
        }, e -> page(id, speaker, body, String.join("；", entryProblems(e)),
                e.fieldMessages(messages).stream().anyMatch(f -> "acknowledged".equals(f.field()))));
    }
}
