package org.zwgk.portal.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.web.Problem;

import java.util.List;

/**
 * Bulk intake from business systems: {@code POST /api/v1/records/{type}/batches} with a bearer token
 * a site admin issued, a JSON array of records or CSV with a header row. 200 with a report per row,
 * or 400 with the bad rows and nothing saved.
 */
@Path("/api/v1/records/{type}/batches")
@Produces(MediaType.APPLICATION_JSON)
public class RecordIntakeResource {

    /** The 400 answer: a problem with every bad row. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rejected(String type, String title, int status, String detail, List<RecordIntake.RowError> rows) {
    }

    private final RecordIntake intake;
    private final CurrentUser current;

    RecordIntakeResource(RecordIntake intake, CurrentUser current) {
        this.intake = intake;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send records as a JSON array (bearer token of the organization); all or nothing")
    public Response json(@PathParam("type") String type, @QueryParam("organization") String organization,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return receive(type, organization, authorization, () -> BatchParser.json(body));
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Send records as CSV with a header row of field names or labels (bearer token); all or nothing")
    public Response csv(@PathParam("type") String type, @QueryParam("organization") String organization,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return receive(type, organization, authorization, () -> BatchParser.csv(body));
    }

    private Response receive(String type, String organization, String authorization,
                             java.util.function.Supplier<List<BatchRow>> rows) {
        // token and scope first: a caller without a valid token gets 401 and its body is never parsed
        intake.authorize(authorization, type, organization);
        try {
            return Response.ok(intake.receive(authorization, type, organization, rows.get(), current.actor())).build();
        } catch (RecordIntake.BatchRejected e) {
            return Response.status(400).type(Problem.MEDIA_TYPE)
                    .entity(new Rejected("about:blank", RecordService.messages().batchInvalid(e.rows.size()), 400,
                            RecordService.messages().batchInvalid(e.rows.size()), e.rows))
                    .build();
        }
    }
}
