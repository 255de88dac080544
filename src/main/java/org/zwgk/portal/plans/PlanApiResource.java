package org.zwgk.portal.plans;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * The plans as data (stable: other tools rely on it). {@code GET /api/v1/plans} lists them;
 * {@code GET /api/v1/plans/{id}} gives goals, tasks and the numbered rows with their units (group names
 * expanded to their member organizations), due date, overall status and the published results.
 */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanApiResource {

    public record PlanSummary(String id, String title, int year, String organization, String url) {
    }

    public record Plan(String id, String title, int year, List<Goal> goals) {
    }

    public record Goal(int number, String title, List<Task> tasks) {
    }

    public record Task(int number, String title, List<Row> rows) {
    }

    /** {@code status}: NOT_STARTED, IN_PROGRESS or DONE, for the row as a whole; {@code due}: YYYY-MM-DD. */
    public record Row(int number, String text, List<String> lead, List<String> responsible, String due, String status,
                      List<Result> results) {
    }

    public record Result(String organization, String status, String url, List<String> evidence) {
    }

    private final PlanService plans;

    PlanApiResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(summary = "List the annual work plans (工作要点)")
    public List<PlanSummary> list() {
        return plans.plans().stream()
                .map(p -> new PlanSummary(p.code, p.title, p.year, p.owner.name, PlanRoutes.plan(p.code))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One plan: goals, tasks and numbered rows with units, due date, status and published results")
    public Plan get(@PathParam("id") String id) {
        PlanViews.Plan p = plans.view(id);
        return new Plan(p.code(), p.title(), p.year(), p.goals().stream().map(g -> new Goal(g.number(), g.title(),
                g.tasks().stream().map(t -> new Task(t.number(), t.title(), t.rows().stream().map(PlanApiResource::row).toList()))
                        .toList())).toList());
    }

    private static Row row(PlanViews.Row r) {
        return new Row(r.number(), r.text(), r.leadNames(), r.responsibleNames(), r.due().toString(), r.status().name(),
                r.results().stream().map(x -> new Result(x.organization(), x.status().name(), x.url(),
                        x.evidence().stream().map(PlanViews.Evidence::url).toList())).toList());
    }
}
