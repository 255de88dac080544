package org.zwgk.portal.surveys;

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

/** The workbench side of 问卷调查: an editor writes one, a reviewer publishes it, free-text answers are moderated. */
@Path("/workbench/surveys")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SurveyWorkbenchResource {

    /** What the create form had, so a refused one comes back as typed, with a wrong date's message next to it. */
    public record Typed(String organization, String title, String description, String opensOn, String closesOn, String questions,
                        List<UserError.FieldMessage> errors, List<String> problems) {
        static final Typed EMPTY = new Typed("", "", "", "", "", "", List.of(), List.of());

        /** The change form's first view: what the survey says now. */
        static Typed of(Survey s) {
            return new Typed(s.organization.code, s.title, s.description, String.valueOf(s.opensOn), String.valueOf(s.closesOn),
                    SurveyService.block(s), List.of(), List.of());
        }

        public String errorFor(String field) {
            return UserError.FieldMessage.of(errors, field);
        }

        /** Every message about one field, next to it (the questions may be wrong on several lines); null when none. */
        public String errorsFor(String field) {
            String all = errors.stream().filter(f -> f.field().equals(field)).map(UserError.FieldMessage::message)
                    .collect(java.util.stream.Collectors.joining("；"));
            return all.isEmpty() ? null : all;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance surveys(PortalUser user, List<SurveyView> surveys, List<org.zwgk.portal.organizations.Organization> editorOf, Typed typed,
                                               List<String> problems, boolean discarded);

        static native TemplateInstance survey(PortalUser user, SurveyView s, List<org.zwgk.portal.contributions.ContributionView> pending,
                                              String error, org.zwgk.portal.workflow.PublicationReview review, Typed change);
    }

    private final SurveyService service;
    private final CurrentUser current;
    private final Ownership ownership;
    private final Messages messages;
    private final Deidentifier deidentifier;

    private final org.zwgk.portal.workflow.PublicationLevels publicationLevels;

    SurveyWorkbenchResource(SurveyService service, CurrentUser current, Ownership ownership, Messages messages, Deidentifier deidentifier,
                            org.zwgk.portal.workflow.PublicationLevels publicationLevels) {
        this.publicationLevels = publicationLevels;
        this.deidentifier = deidentifier;
        this.service = service;
        this.current = current;
        this.ownership = ownership;
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
        return Templates.surveys(user, Survey.atWork(user).stream()
                        .map(s -> SurveyView.atWork(s, service.today(), ownership.readerOf(user, s.organization), deidentifier)).toList(),
                org.zwgk.portal.organizations.Organization.ordered(user.organizationsWith(Role.EDITOR)), typed, problems, discarded).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String organization, @RestForm String title, @RestForm String description,
                           @RestForm String opensOn, @RestForm String closesOn, @RestForm String questions) {
        try {
            Survey s = service.create(current.get(), organization, title, description, opensOn, closesOn, questions, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchSurvey(s.id))).build();
        } catch (UserError e) {
            if (e.refusesAccess()) {
                throw e;
            }
            Typed typed = new Typed(nz(organization), nz(title), nz(description), nz(opensOn), nz(closesOn), nz(questions),
                    e.fieldMessages(messages), e.formProblems(messages));
            return ErrorResponses.page(e.status(), QuarkusTransaction.requiringNew().call(() -> listPage(typed,
                    e.formProblems(messages))));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @GET
    @Path("{id}")
    @Transactional
    public String survey(@RestPath long id) {
        return page(id, null);
    }

    private String page(long id, String error) {
        return page(id, error, null);
    }

    private String page(long id, String error, Typed change) {
        return page(id, error, change, null);
    }

    private String page(long id, String error, Typed change, String returnTyped) {
        PortalUser user = current.get();
        Survey s = SurveyService.find(id);
        Reader reader = ownership.readerOf(user, s.organization);
        if (!reader.atWork()) {
            throw UserError.notFound(m -> SurveyService.sm().notFound());
        }
        return Templates.survey(user, SurveyView.atWork(s, service.today(), reader, deidentifier), SurveyView.pending(s, reader, deidentifier), error,
                publicationLevels.review(user, s).withReturnTyped(returnTyped), change == null ? Typed.of(s) : change).render();
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath long id, @RestForm String acknowledged, @RestForm String version) {
        return step(id, () -> service.publish(current.get(), id, FormBinding.checked(acknowledged), PublicationLevels.seenVersion(version),
                current.actor()));
    }

    @POST
    @Path("{id}/answers/{answer}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@RestPath long id, @RestPath long answer, @RestPath String decision, @RestForm String acknowledged) {
        boolean approves = Moderation.approves(decision);
        // approved answers are shown with the results, once the survey closes
        return step(id, org.zwgk.portal.contributions.ModerationNotice.queryShownLater(approves),
                () -> service.moderate(current.get(), answer, approves, FormBinding.checked(acknowledged), current.actor()));
    }

    @POST
    @Path("{id}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestPath long id, @RestForm String title, @RestForm String description, @RestForm String opensOn,
                           @RestForm String closesOn, @RestForm String questions) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.change(current.get(), id, title, description, opensOn, closesOn, questions, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchSurvey(id))).build();
        }, e -> {
            Typed change = new Typed("", nz(title), nz(description), nz(opensOn), nz(closesOn), nz(questions),
                    e.fieldMessages(messages), e.formProblems(messages));
            return page(id, null, change);
        });
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForChanges(@RestPath long id, @RestForm String returnComment, @RestForm String version) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.returnForChanges(current.get(), id, returnComment, PublicationLevels.seenVersion(version), current.actor());
            return Response.seeOther(URI.create(Routes.workbenchSurvey(id))).build();
        }, e -> page(id, e.message(messages), null, returnComment));
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@RestPath long id) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.discard(current.get(), id, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchSurveys() + "?done=discarded")).build();
        }, e -> page(id, e.message(messages)));
    }

    private Response step(long id, Runnable action) {
        return step(id, "", action);
    }

    private Response step(long id, String query, Runnable action) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            action.run();
            return Response.seeOther(URI.create(Routes.workbenchSurvey(id) + query)).build();
        }, e -> page(id, e.message(messages)));
    }
}
