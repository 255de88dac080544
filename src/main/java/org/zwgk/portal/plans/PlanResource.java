package org.zwgk.portal.plans;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.Draft;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The plans in public (以公开促落实): the plan as the seed's table with every row's standing per unit,
 * one page per row with its results and evidence, the dashboard (and its CSV), each organization's
 * rows; and the form a unit named on a row reports its result with. Pages work without JavaScript.
 */
@Path("/plans")
@Produces(MediaType.TEXT_HTML)
public class PlanResource {

    /** An organization the signed-in user may report for on a row. */
    public record Reporter(String code, String name) {
    }

    /** What the report form shows again after a refusal. */
    public record ReportForm(String organization, String status, String title, String body, String evidence, String error,
                             java.util.Set<String> errorFields) {
        static ReportForm blank() {
            return new ReportForm(null, ResultStatus.IN_PROGRESS.name(), "", "", "", null, java.util.Set.of());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plans(List<WorkPlan> plans);

        static native TemplateInstance plan(PlanViews.Plan plan);

        static native TemplateInstance row(PlanViews.Plan plan, PlanViews.Row row, List<Reporter> reporters,
                                           boolean loggedIn, ReportForm form, List<ResultStatus> statuses);

        static native TemplateInstance dashboard(PlanViews.Dashboard dashboard);

        static native TemplateInstance unit(PlanViews.Plan plan, Organization organization, List<PlanViews.OrgRow> rows);
    }

    private final PlanService plans;
    private final CurrentUser current;
    private final Messages messages;

    PlanResource(PlanService plans, CurrentUser current, Messages messages) {
        this.plans = plans;
        this.current = current;
        this.messages = messages;
    }

    @GET
    @Transactional
    public String list() {
        return Templates.plans(plans.plans()).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public String plan(@PathParam("id") String id) {
        return Templates.plan(plans.view(id)).render();
    }

    @GET
    @Path("{id}/rows/{number}")
    @Transactional
    public String row(@PathParam("id") String id, @PathParam("number") String number) {
        return rowPage(id, number, ReportForm.blank());
    }

    private String rowPage(String id, String number, ReportForm form) {
        PlanViews.Plan plan = plans.view(id);
        int n = parseNumber(number);
        PlanViews.Row row = plan.rows().stream().filter(r -> r.number() == n).findFirst()
                .orElseThrow(() -> UserError.notFound(m -> PlanService.labels().rowNotFound(n)));
        PortalUser user = current.get();
        List<Reporter> reporters = List.of();
        if (user != null) {
            PlanRow planRow = plans.row(plans.plan(id), n);
            reporters = user.organizationsWith(Role.EDITOR).stream().map(Organization::findByCode)
                    .flatMap(java.util.Optional::stream).filter(o -> PlanService.named(planRow, o))
                    .sorted(java.util.Comparator.comparingInt(o -> o.sortOrder))
                    .map(o -> new Reporter(o.code, o.name)).toList();
        }
        return Templates.row(plan, row, reporters, user != null, form, List.of(ResultStatus.values())).render();
    }

    /** A unit's result on the row: a draft in its 工作要点 channel, then the workbench's draft page. */
    @POST
    @Path("{id}/rows/{number}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("id") String id, @PathParam("number") String number, MultivaluedMap<String, String> form) {
        int n = parseNumber(number);
        PlanService.ReportInput in = new PlanService.ReportInput(form.getFirst("organization"), form.getFirst("status"),
                form.getFirst("title"), form.getFirst("body"), form.getFirst("evidence"));
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            Draft d = plans.report(current.get(), id, n, in, current.actor());
            return Response.seeOther(URI.create("/workbench/drafts/" + d.id + "?done=created")).build();
        }, e -> rowPage(id, number,
                new ReportForm(in.organization(), in.status(), in.title(), in.body(), in.evidence(), e.message(messages), e.fields())));
    }

    @GET
    @Path("{id}/dashboard")
    @Transactional
    public String dashboard(@PathParam("id") String id) {
        return Templates.dashboard(plans.dashboard(id)).render();
    }

    /** The dashboard as CSV: UTF-8 with a byte order mark, so Excel shows the Chinese correctly. */
    @GET
    @Path("{id}/dashboard.csv")
    @Produces("text/csv")
    @Transactional
    public Response dashboardCsv(@PathParam("id") String id) {
        PlanViews.Dashboard d = plans.dashboard(id);
        byte[] body = DashboardCsv.write(d, MessageBundles.get(PlanMessages.class)).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + d.plan().code() + "-dashboard.csv\"")
                .build();
    }

    /** An organization's rows in the newest plan. */
    @GET
    @Path("units")
    @Transactional
    public Response newestUnit(@jakarta.ws.rs.QueryParam("org") String organization) {
        WorkPlan newest = plans.plans().stream().findFirst().orElseThrow(() -> UserError.notFound(m -> PlanService.labels().planNotFound()));
        return Response.seeOther(URI.create(PlanRoutes.unit(newest.code, organization == null ? "" : organization))).build();
    }

    @GET
    @Path("{id}/units/{organization}")
    @Transactional
    public String unit(@PathParam("id") String id, @PathParam("organization") String organization) {
        Organization org = Organization.findByCode(organization == null ? "" : organization)
                .orElseThrow(() -> UserError.notFound(m -> PlanService.labels().unknownOrganization(String.valueOf(organization))));
        return Templates.unit(plans.view(id), org, plans.rowsOf(id, org)).render();
    }

    private static int parseNumber(String number) {
        try {
            int n = Integer.parseInt(number);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        // said as typed (cut short), not as row 0, which nobody asked for
        String typed = number.length() > 20 ? number.substring(0, 20) + "…" : number;
        throw UserError.notFound(m -> PlanService.labels().rowNumberInvalid(typed));
    }
}
