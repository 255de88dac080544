package org.zwgk.portal.organizations;

import org.zwgk.portal.web.Routes;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;

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
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.access.AccountDirectory;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import org.zwgk.portal.web.validation.InputValidation;
import java.net.URI;
import java.util.List;

/** An organization's members and their roles, managed by its org admins. */
@Path("/workbench/organizations/{code}/members")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MembersResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(PortalUser user, Organization organization, List<MemberService.Member> members,
                                               List<Role> roles, List<Role> newRoles, boolean sso,
                                               AccountDirectory.NewAccount created, Refused refused);
    }

    /**
     * A refused form, shown again on the page with what was typed and why (editor walk: a bare error page
     * that lost the input): {@code form} is "add" or "create".
     */
    public record Refused(String form, List<String> messages, java.util.Set<String> fields, String username, String displayName, String role) {
        static final Refused NONE = new Refused("", List.of(), java.util.Set.of(), null, null, null);

        public boolean forAdd() {
            return form.equals("add");
        }

        public boolean forCreate() {
            return form.equals("create");
        }

        /** Not a refusal: the page after a role was removed says so. */
        public boolean removed() {
            return form.equals("removed");
        }

        public boolean forRemove() {
            return form.equals("remove");
        }
    }

    private final MemberService members;
    private final CurrentUser current;
    private final PortalConfig config;
    private final InputValidation validation;

    MembersResource(MemberService members, CurrentUser current, PortalConfig config, InputValidation validation) {
        this.validation = validation;
        this.members = members;
        this.current = current;
        this.config = config;
    }

    @GET
    @Transactional
    public String list(@RestPath String code, @org.jboss.resteasy.reactive.RestQuery String done) {
        return page(code, null, "removed".equals(done) ? new Refused("removed", List.of(), java.util.Set.of(), null, null, null) : null);
    }

    /**
     * A new colleague's account. The answer is the members page with the one-time password, shown this
     * once and never stored: no redirect that could show it again, and no caching.
     */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath String code, @RestForm String username, @RestForm String displayName,
                           @RestForm String role) {
        if (config.security().sso()) {
            throw UserError.badInput("username", Messages::accountsInRealm);
        }
        NewColleague input = new NewColleague(username, displayName, role);
        AccountDirectory.NewAccount created;
        try {
            InputValidation.requireNone(validation.problems(input, NewColleague.Field::label));
            created = members.create(current.get(), code, input.username, input.displayName, input.role, current.actor());
        } catch (UserError e) {
            return refused(code, e, "create", username, displayName, role);
        }
        return Response.ok(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> page(code, created, null)),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    private String page(String code, AccountDirectory.NewAccount created, Refused refused) {
        List<MemberService.Member> list = members.members(current.get(), code);
        // an org admin's new colleagues start as editors (MemberService.requireSecondPerson): the form offers no role it would refuse
        List<Role> newRoles = current.get().siteAdmin() ? List.of(Role.EDITOR, Role.REVIEWER, Role.ORG_ADMIN) : List.of(Role.EDITOR);
        return Templates.members(current.get(), Organization.findByCode(code).orElseThrow(), list,
                List.of(Role.EDITOR, Role.REVIEWER, Role.ORG_ADMIN), newRoles, config.security().sso(), created,
                refused == null ? Refused.NONE : refused).render();
    }

    /** The page again with the refused form filled in and its messages; a refusal not about the form stays an error page. */
    private Response refused(String code, UserError e, String form, String username, String displayName, String role) {
        if (e.refusesAccess()) {
            throw e;
        }
        Messages m = io.quarkus.qute.i18n.MessageBundles.get(Messages.class);
        Refused shown = new Refused(form, e.formProblems(m), e.fields(), username, displayName, role);
        return org.zwgk.portal.web.ErrorResponses.page(e.status(),
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> page(code, null, shown)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestPath String code, @RestForm String username, @RestForm String role) {
        try {
            members.add(current.get(), code, username, role, current.actor());
        } catch (UserError e) {
            return refused(code, e, "add", username, null, role);
        }
        return Response.seeOther(URI.create(Routes.members(code))).build();
    }

    @POST
    @Path("{membership}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath String code, @RestPath long membership) {
        try {
            members.remove(current.get(), code, membership, current.actor());
        } catch (UserError e) {
            // the last org admin, too few reviewers: said on the members page, above the list
            return refused(code, e, "remove", null, null, null);
        }
        return Response.seeOther(URI.create(Routes.members(code) + "?done=removed")).build();
    }
}
