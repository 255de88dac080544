package org.zwgk.portal.consultations;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The workbench side of 征集调查: open one, moderate comments, publish the feedback. */
@Path("/workbench/consultations")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ConsultationWorkbenchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consultations(PortalUser user, List<ConsultationView> consultations, List<org.zwgk.portal.organizations.Organization> editorOf,
                                                     Typed typed, boolean discarded);

        static native TemplateInstance consultation(PortalUser user, ConsultationView c, boolean editor, String error, FeedbackTyped typed,
                                                   org.zwgk.portal.workflow.PublicationReview review, FeedbackReview feedbackReview, Typed change);
    }

    private final ConsultationService service;
    private final CurrentUser current;
    private final Ownership ownership;
    private final Deidentifier deidentifier;
    private final Messages messages;

    private final org.zwgk.portal.workflow.PublicationLevels publicationLevels;

    ConsultationWorkbenchResource(ConsultationService service, CurrentUser current, Ownership ownership, Deidentifier deidentifier,
                                  Messages messages, org.zwgk.portal.workflow.PublicationLevels publicationLevels) {
        this.publicationLevels = publicationLevels;
        this.service = service;
        this.current = current;
        this.ownership = ownership;
        this.deidentifier = deidentifier;
        this.messages = messages;
    }

    /**
     * What the open form had, so a refused one comes back as typed (as the survey and interview forms do),
     * with each wrong field's message next to it and in the summary under the field's Chinese name.
     */
    public record Typed(String organization, String title, String description, String opensOn, String closesOn, boolean major,
                        String reason, List<UserError.FieldMessage> errors) {
        static final Typed EMPTY = new Typed("", "", "", "", "", false, "", List.of());

        /** The change form's first view: what the consultation says now. */
        static Typed of(Consultation c) {
            return new Typed(c.organization.code, c.title, c.description, String.valueOf(c.opensOn), String.valueOf(c.closesOn),
                    c.majorDecision, c.shortPeriodReason == null ? "" : c.shortPeriodReason, List.of());
        }

        public String errorFor(String field) {
            return UserError.FieldMessage.of(errors, field);
        }

        /** The summary's lines: 「截止日期：…」, named as the form labels them, never by the field's code. */
        public List<String> problems() {
            return errors.stream().map(f -> label(f.field()) == null ? f.message() : label(f.field()) + "：" + f.message()).toList();
        }

        private static String label(String field) {
            ConsultationMessages h = ConsultationService.cm();
            return switch (field) {
                case "organization" -> h.fieldOrganization();
                case "title" -> h.fieldTitle();
                case "description" -> h.fieldDescription();
                case "opensOn" -> h.fieldOpensOn();
                case "closesOn" -> h.fieldClosesOn();
                case "reason" -> h.fieldReason();
                default -> null; // a refusal not about one field: its message alone
            };
        }
    }

    @GET
    @Transactional
    public String list(@org.jboss.resteasy.reactive.RestQuery String done) {
        return listPage(Typed.EMPTY, "discarded".equals(done));
    }

    private String listPage(Typed typed) {
        return listPage(typed, false);
    }

    private String listPage(Typed typed, boolean discarded) {
        PortalUser user = current.get();
        return Templates.consultations(user, Consultation.atWork(user).stream()
                .map(c -> ConsultationView.of(c, service.today(), deidentifier, ownership.readerOf(user, c.organization))).toList(), org.zwgk.portal.organizations.Organization.ordered(user.organizationsWith(Role.EDITOR)), typed, discarded).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@RestForm String organization, @RestForm String title, @RestForm String description, @RestForm String opensOn,
                         @RestForm String closesOn, @RestForm String major, @RestForm String reason) {
        try {
            Consultation c = service.open(current.get(), organization, title, description, opensOn, closesOn,
                    FormBinding.checked(major), reason, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchConsultation(c.id))).build();
        } catch (UserError e) {
            if (e.refusesAccess()) {
                throw e;
            }
            List<UserError.FieldMessage> errors = e.fieldMessages(messages);
            if (errors.isEmpty()) {
                errors = List.of(new UserError.FieldMessage("", e.message(messages)));
            }
            Typed typed = new Typed(nz(organization), nz(title), nz(description), nz(opensOn), nz(closesOn), FormBinding.checked(major),
                    nz(reason), errors);
            return ErrorResponses.page(e.status(), QuarkusTransaction.requiringNew().call(() -> listPage(typed)));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @GET
    @Path("{id}")
    @Transactional
    public String consultation(@RestPath long id) {
        return page(id, null);
    }

    /** The feedback waiting for approval as its reviewer sees it: whether this user may approve it, and the words to check. */
    public record FeedbackReview(boolean canApprove, List<String> flagged) {
        public String flaggedList() {
            return String.join("、", flagged);
        }
    }

    /** The feedback form as it was sent, shown again with each wrong field named when it was refused. */
    public record FeedbackTyped(String feedback, Set<Long> adopted, String finalDocument, List<UserError.FieldMessage> errors) {
        public String errorFor(String field) {
            return UserError.FieldMessage.of(errors, field);
        }

        public boolean adopts(long comment) {
            return adopted.contains(comment);
        }
    }

    private String page(long id, String error) {
        return page(id, error, null, null);
    }

    private String page(long id, String error, FeedbackTyped typed, Typed change) {
        return page(id, error, typed, change, null);
    }

    private String page(long id, String error, FeedbackTyped typed, Typed change, String returnTyped) {
        PortalUser user = current.get();
        Consultation c = ConsultationService.find(id);
        Reader reader = ownership.readerOf(user, c.organization);
        if (!reader.atWork()) {
            throw UserError.notFound(m -> ConsultationService.cm().notFound());
        }
        FeedbackReview feedbackReview = new FeedbackReview(service.mayApproveFeedback(user, c), service.feedbackFlagged(c));
        return Templates.consultation(user, ConsultationView.of(c, service.today(), deidentifier, reader),
                user.has(Role.EDITOR, c.organization.code), error, typed,
                publicationLevels.review(user, c).withReturnTyped(returnTyped), feedbackReview, change == null ? Typed.of(c) : change).render();
    }

    @POST
    @Path("{id}/comments/{comment}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@RestPath long id, @RestPath long comment, @RestPath String decision, @RestForm String acknowledged) {
        boolean approves = Moderation.approves(decision);
        return step(id, org.zwgk.portal.contributions.ModerationNotice.query(approves),
                () -> service.moderate(current.get(), comment, approves, FormBinding.checked(acknowledged), current.actor()));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath long id, @RestForm String acknowledged, @RestForm String version) {
        return step(id, () -> service.publish(current.get(), id, FormBinding.checked(acknowledged), PublicationLevels.seenVersion(version),
                current.actor()));
    }

    @POST
    @Path("{id}/feedback/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveFeedback(@RestPath long id, @RestForm String acknowledged, @RestForm String version) {
        return step(id, () -> service.approveFeedback(current.get(), id, FormBinding.checked(acknowledged),
                PublicationLevels.seenVersion(version), current.actor()));
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feedback(@RestPath long id, @RestForm String feedback, @RestForm("adopted") List<String> adopted,
                             @RestForm String finalDocument) {
        // read as typed: a refusal shows the form again with all of it, never a bare 400
        Set<Long> chosen = new HashSet<>();
        for (String a : adopted == null ? List.<String>of() : adopted) {
            if (a != null && a.strip().matches("\\d{1,18}")) {
                chosen.add(Long.parseLong(a.strip()));
            }
        }
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.feedback(current.get(), id, feedback, chosen, finalDocument, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchConsultation(id))).build();
        }, e -> page(id, e.message(messages), new FeedbackTyped(feedback == null ? "" : feedback, chosen,
                finalDocument == null ? "" : finalDocument, e.fieldMessages(messages)), null));
    }

    @POST
    @Path("{id}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestPath long id, @RestForm String title, @RestForm String description, @RestForm String opensOn,
                           @RestForm String closesOn, @RestForm String major, @RestForm String reason) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.change(current.get(), id, title, description, opensOn, closesOn, FormBinding.checked(major), reason, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchConsultation(id))).build();
        }, e -> {
            List<UserError.FieldMessage> errors = e.fieldMessages(messages);
            return page(id, errors.isEmpty() ? e.message(messages) : null, null, new Typed("", nz(title), nz(description), nz(opensOn),
                    nz(closesOn), FormBinding.checked(major), nz(reason), errors));
        });
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForChanges(@RestPath long id, @RestForm String returnComment, @RestForm String version) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.returnForChanges(current.get(), id, returnComment, PublicationLevels.seenVersion(version), current.actor());
            return Response.seeOther(URI.create(Routes.workbenchConsultation(id))).build();
        }, e -> page(id, e.message(messages), null, null, returnComment));
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@RestPath long id) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.discard(current.get(), id, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchConsultations() + "?done=discarded")).build();
        }, e -> page(id, e.message(messages)));
    }

    private Response step(long id, Runnable action) {
        return step(id, "", action);
    }

    private Response step(long id, String query, Runnable action) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            action.run();
            return Response.seeOther(URI.create(Routes.workbenchConsultation(id) + query)).build();
        }, e -> page(id, e.message(messages)));
    }
}
