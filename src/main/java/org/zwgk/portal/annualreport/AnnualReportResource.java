package org.zwgk.portal.annualreport;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.FormSteps;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.Draft;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual reports on the workbench: the list of this user's organizations with the reports due,
 * one report (tables computed, figures and texts entered, the draft made from it) and its tables
 * as CSV.
 */
@Path("/workbench/annual-reports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AnnualReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PortalUser user, List<Organization> organizations, List<Integer> years, List<String> warnings);

        static native TemplateInstance report(PortalUser user, AnnualReportService.View view, String done, String error,
                                              List<UserError.FieldMessage> problems);
    }

    private final AnnualReportService service;
    private final CurrentUser current;
    private final Messages messages;

    AnnualReportResource(AnnualReportService service, CurrentUser current, Messages messages) {
        this.service = service;
        this.current = current;
        this.messages = messages;
    }

    @GET
    @Transactional
    public String list() {
        PortalUser user = current.get();
        List<Organization> mine = Organization.listOrdered().stream().filter(o -> user.roles().containsKey(o.code)).toList();
        int last = service.today().getYear() - 1;
        return Templates.list(user, mine, List.of(last, last - 1, last - 2), service.warnings(user)).render();
    }

    @GET
    @Path("{org}/{year}")
    @Transactional
    public String report(@RestPath String org, @RestPath int year, @RestQuery String done) {
        return Templates.report(current.get(), service.view(current.get(), org, year),
                "saved".equals(done) ? MessageBundles.get(AnnualReportMessages.class).nbSaved() : null, null, List.of()).render();
    }

    @POST
    @Path("{org}/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String org, @RestPath int year, MultivaluedMap<String, String> form) {
        PortalUser user = current.get();
        Map<String, String> typed = new HashMap<>();
        form.forEach((k, v) -> {
            if (!v.isEmpty() && v.get(0) != null) {
                typed.put(k, v.get(0));
            }
        });
        // any refusal but of access (code review: a 409 lost the figures typed) shows them again
        return FormSteps.orPage(() -> {
            service.save(user, org, year, typed, current.actor());
            return Response.seeOther(URI.create("/workbench/annual-reports/" + org + "/" + year + "?done=saved")).build();
        }, e -> {
            AnnualReportService.View shown = service.view(user, org, year).typed(typed);
            return Templates.report(user, shown, null, e.message(messages), e.fieldMessages(messages)).render();
        });
    }

    @POST
    @Path("{org}/{year}/draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(@RestPath String org, @RestPath int year) {
        Draft d = service.makeDraft(current.get(), org, year, current.actor());
        return Response.seeOther(URI.create("/workbench/drafts/" + d.id)).build();
    }

    /** Table 3 (table3) or the whole report's tables (tables) as CSV. */
    @GET
    @Path("{org}/{year}/{table}.csv")
    @Produces("text/csv;charset=UTF-8")
    @Transactional
    public Response csv(@RestPath String org, @RestPath int year, @RestPath String table) {
        AnnualReportService.View v = service.view(current.get(), org, year);
        String body = switch (table) {
            case "table3" -> v.table3().csv();
            case "tables" -> AnnualReportCsv.all(v);
            default -> throw UserError.notFound(m -> MessageBundles.get(AnnualReportMessages.class).nbNoOrganization());
        };
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"annual-report-" + v.organization().code + "-" + year + "-" + table + ".csv\"").build();
    }
}
