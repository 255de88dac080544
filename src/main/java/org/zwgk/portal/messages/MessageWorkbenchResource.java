package org.zwgk.portal.messages;

import org.zwgk.portal.web.FormBinding;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.web.Messages;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

/**
 * The workbench side of 互动交流: the queue (the operator's: every open message; an organization's:
 * those assigned to it), a message with the steps this person may take (受理/不予受理/转办 for the
 * operator; 办理 for an assigned organization's editors; 答复 for the lead unit's editors; review for
 * its reviewers), and the site-health dashboard for the operator and auditors.
 */
@Path("/workbench/messages")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MessageWorkbenchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PortalUser user, List<MessageView> messages, org.zwgk.portal.web.Page<MessageView> done,
                                            String doneText);

        static native TemplateInstance message(PortalUser user, MessageView m, Actions actions, List<Organization> organizations,
                                              java.util.Set<String> unanswered, String done, String error, TypedReply typed,
                                              MessageService.PublicCopy preview);

        static native TemplateInstance health(PortalUser user, SiteHealth.Report report);
    }

    /** What this person may do on the message now. */
    /**
     * {@code review}: may return the reply in review; {@code approve}: may also approve its next level;
     * {@code sendBack}: may send the letter back to the operator for 改派 (the lead unit's editors and reviewers).
     */
    public record Actions(boolean decide, boolean assign, List<MessageView.Assignment> handleAs, boolean reply, boolean review, boolean approve,
                          boolean sendBack) {
        public boolean any() {
            return decide || assign || !handleAs.isEmpty() || reply || review || sendBack;
        }
    }

    private final MessageService service;
    private final SiteHealth health;
    private final MessageRules rules;
    private final CurrentUser current;
    private final Ownership ownership;
    private final Deidentifier deidentifier;
    private final Messages messages;

    private final org.zwgk.portal.workflow.ReviewLevels levels;
    private final org.zwgk.portal.organizations.Staffing staffing;

    MessageWorkbenchResource(MessageService service, SiteHealth health, MessageRules rules, CurrentUser current, Ownership ownership,
                             Deidentifier deidentifier, Messages messages, org.zwgk.portal.workflow.ReviewLevels levels,
                             org.zwgk.portal.organizations.Staffing staffing) {
        this.staffing = staffing;
        this.levels = levels;
        this.service = service;
        this.health = health;
        this.rules = rules;
        this.current = current;
        this.ownership = ownership;
        this.deidentifier = deidentifier;
        this.messages = messages;
    }

    @GET
    @Transactional
    public String queue(@RestQuery String page, @RestQuery("done") String stepDone) {
        PortalUser user = current.get();
        List<MessageView> list = service.queue(user).stream().map(m -> view(user, m)).toList();
        org.zwgk.portal.web.Page<CitizenMessage> done = service.done(user, org.zwgk.portal.web.PageRequest.parse(page, null));
        org.zwgk.portal.web.Page<MessageView> doneViews = new org.zwgk.portal.web.Page<>(done.total(), done.page(), done.size(),
                done.results().stream().map(m -> view(user, m)).toList());
        return Templates.queue(user, list, doneViews, doneText(stepDone)).render();
    }

    @GET
    @Path("health")
    @Transactional
    public String health() {
        PortalUser user = current.get();
        ownership.requireAuditReader(user);
        SiteHealth.Report report = health.report(service.today());
        // the operator handles these messages; an auditor oversees them, and reads their subjects masked
        return Templates.health(user, user.siteAdmin() ? report : report.withSubjects(deidentifier::maskCitizenText)).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public String message(@RestPath long id, @RestQuery String done) {
        return page(id, doneText(done), null);
    }

    private String page(long id, String done, String error) {
        return page(id, done, error, null);
    }

    /** The message as this person may read it: in full to who handles it, masked to who oversees it. */
    private MessageView view(PortalUser user, CitizenMessage m) {
        MessageView v = MessageView.of(m, rules, service.today(), deidentifier, true);
        return service.handles(user, m) ? v : v.overseen(deidentifier, MessageService.hd().contactHidden(), MessageReply.maskedWordsOf(m));
    }

    /** A refused reply as the editor typed it, with the words to mask, shown again in its fields. */
    public record TypedReply(String reply, String maskedWords) {
    }

    /** The message page; {@code typed} is a refused reply, shown again in the reply's fields (null: none). */
    private String page(long id, String done, String error, TypedReply typed) {
        PortalUser user = current.get();
        CitizenMessage m = service.visible(user, id);
        MessageView v = view(user, m);
        Actions actions = actions(user, m, v);
        // the reviewer approves what the public will read: the letter and reply as they will be published
        MessageService.PublicCopy preview = actions.review() ? service.publicCopyUnderReview(m).orElse(null) : null;
        if (typed == null && actions.reply()) {
            // after a return, the words the last reply asked to mask are offered again
            typed = new TypedReply(null, MessageReply.of(m).stream().reduce((a, b) -> b).map(r -> r.maskedWords).orElse(null));
        }
        List<Organization> organizations = Organization.listOrdered();
        return Templates.message(user, v, actions, organizations, unanswered(user, organizations), done, error, typed, preview).render();
    }

    /**
     * For the operator who assigns: the organizations no editor of this site answers for (browser walk: a letter
     * went to a unit without staff and waited for its deadline). With single sign-on the login server holds the
     * roles, so nobody is known to be missing.
     */
    private java.util.Set<String> unanswered(PortalUser user, List<Organization> organizations) {
        return user.siteAdmin() ? staffing.without(organizations, Role.EDITOR) : java.util.Set.of();
    }

    Actions actions(PortalUser user, CitizenMessage m, MessageView v) {
        boolean operator = user.siteAdmin();
        List<MessageView.Assignment> handleAs = v.status() == MessageStatus.HANDLING ? v.assignments().stream()
                .filter(a -> user.has(Role.EDITOR, a.orgCode())).toList() : List.of();
        boolean reply = v.status() == MessageStatus.HANDLING && v.leadCode() != null && user.has(Role.EDITOR, v.leadCode());
        // the rule the steps apply: any reviewer of the lead unit but the author returns it, one level each approves
        org.zwgk.portal.workflow.ReviewLevels.Item inReview = v.status() == MessageStatus.REPLY_REVIEW
                ? MessageReply.inReview(m).map(MessageReply::reviewItem).orElse(null) : null;
        boolean review = inReview != null && levels.mayReview(user, inReview);
        boolean sendBack = v.status() == MessageStatus.HANDLING && v.leadCode() != null && user.moderatesFor(v.leadCode());
        return new Actions(operator && v.status() == MessageStatus.RECEIVED, operator && v.status() == MessageStatus.ACCEPTED,
                handleAs, reply, review, inReview != null && levels.mayApprove(user, inReview), sendBack);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestPath long id, @org.jboss.resteasy.reactive.RestForm String type) {
        return step(id, "accepted", u -> service.accept(u, id, type, current.actor()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestPath long id, @RestForm String reason) {
        return step(id, "rejected", u -> service.reject(u, id, reason, current.actor()));
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestPath long id, @RestForm("organizations") List<String> organizations, @RestForm String lead) {
        return step(id, "assigned", u -> service.assign(u, id, organizations, lead, current.actor()));
    }

    /** 申请退回: the unit no longer sees the letter afterwards, so it lands on its queue with what it did. */
    @POST
    @Path("{id}/send-back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendBack(@RestPath long id, @RestForm String reason) {
        PortalUser user = current.get();
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            service.sendBack(user, id, reason, current.actor());
            return Response.seeOther(URI.create("/workbench/messages?done=sentBack")).build();
        }, e -> page(id, null, e.message(messages), null));
    }

    @POST
    @Path("{id}/handle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handle(@RestPath long id, @RestForm String organization, @RestForm String note) {
        return step(id, "handled", u -> service.handle(u, id, organization, note, current.actor()));
    }

    @POST
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@RestPath long id, @RestForm String reply, @RestForm String maskedWords, @RestForm String acknowledged) {
        boolean ack = FormBinding.checked(acknowledged);
        return step(id, "submitted", u -> service.submitReply(u, id, reply, maskedWords, ack, current.actor()),
                new TypedReply(reply, maskedWords));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath long id, @RestForm String reply, @RestForm String comment) {
        return outcome(id, u -> service.approveReply(u, id, seenReply(reply), comment, current.actor()).status == MessageStatus.REPLY_REVIEW
                ? "levelApproved" : "approved", null);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnReply(@RestPath long id, @RestForm String reply, @RestForm String comment) {
        return step(id, "returned", u -> service.returnReply(u, id, seenReply(reply), comment, current.actor()));
    }

    /** The reply the reviewer's page showed: every review form names it, so a decision is on what was read. */
    private static Long seenReply(String reply) {
        return FormBinding.version(reply);
    }

    /**
     * Runs a step; back to the message with what it did, or the page again with the refusal (a
     * missing reason, a step already taken by someone else). Who may not is answered 403/404 as is.
     */
    private Response step(long id, String done, Consumer<PortalUser> action) {
        return step(id, done, action, null);
    }

    /** A step whose refusal shows the page again with the reply as typed (a sensitive word to check, too long). */
    private Response step(long id, String done, Consumer<PortalUser> action, TypedReply typed) {
        return outcome(id, u -> {
            action.accept(u);
            return done;
        }, typed);
    }

    /** Runs a step that says what it did (the key of {@link #doneText}): a level approved is not the reply sent. */
    private Response outcome(long id, java.util.function.Function<PortalUser, String> action, TypedReply typed) {
        PortalUser user = current.get();
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            String done = action.apply(user);
            return Response.seeOther(URI.create("/workbench/messages/" + id + "?done=" + done)).build();
        }, e -> page(id, null, e.message(messages), typed));
    }

    static String doneText(String done) {
        if (done == null) {
            return null;
        }
        HudongMessages h = MessageService.hd();
        return switch (done) {
            case "accepted" -> h.doneAccepted();
            case "rejected" -> h.doneRejected();
            case "assigned" -> h.doneAssigned();
            case "handled" -> h.doneHandled();
            case "submitted" -> h.doneSubmitted();
            case "approved" -> h.doneApproved();
            case "levelApproved" -> h.doneLevelApproved();
            case "returned" -> h.doneReturned();
            case "sentBack" -> h.doneSentBack();
            default -> null;
        };
    }
}
