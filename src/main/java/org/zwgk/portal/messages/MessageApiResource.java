package org.zwgk.portal.messages;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zwgk.portal.web.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.web.UserError;

import java.net.URI;
import java.time.LocalDate;

/**
 * The JSON contract of citizens' messages: {@code POST /api/v1/messages} → 201
 * {@code {"trackingCode", "secret"}}; {@code GET /api/v1/messages/{trackingCode}} with the secret in the
 * {@code X-Message-Secret} header only ({@code ?secret=} is refused: addresses end up in proxies' logs and
 * browsers' histories) → {@code {"status", "deadline", "reply"}}. The same checks and limits as the form (the per-address
 * limit, length limits, every wrong field named in problem JSON), without the form's token: a
 * script cannot wait out a form, and the per-address limit is what stops a flood here.
 */
@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessageApiResource {

    public record Created(String trackingCode, String secret) {
    }

    /** status: RECEIVED, REJECTED, ACCEPTED, HANDLING, REPLY_REVIEW, REPLIED or CLOSED; deadline: the last day (ISO date); reply: the text sent (the reason, when not accepted), or null. */
    public record Status(String status, LocalDate deadline, String reply) {
    }

    private final MessageService service;
    private final CurrentUser current;

    MessageApiResource(MessageService service, CurrentUser current) {
        this.service = service;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message (咨询, 投诉 or 建议)",
            description = "type (咨询/投诉/建议 or CONSULTATION/COMPLAINT/SUGGESTION), subject, text, contact, optional"
                    + " organization code. Answers 201 with the tracking code and the secret the status look-up asks for.")
    @APIResponse(responseCode = "201", description = "taken: its tracking code and secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", description = "every wrong field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "too many from this address",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response send(MessageInput input) {
        if (input == null) {
            throw UserError.badInput("text", m -> MessageService.hd().emptyBody());
        }
        MessageService.Receipt r = service.submit(input, current.address(), () -> { });
        // the code as the receipt page shows it (HD261204-VW4-CVZ); the look-up takes it with or without the hyphens
        String code = CitizenMessage.readableCode(r.trackingCode());
        return Response.created(URI.create("/api/v1/messages/" + code)).entity(new Created(code, r.secret()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{trackingCode}")
    public Response status(@RestPath String trackingCode, @RestHeader("X-Message-Secret") String secretHeader,
                           @RestQuery String secret) {
        if (secret != null) {
            // an address is kept by proxies, logs and browser histories: the secret goes in the header only, and a
            // client that also puts it in the address is told so, header or not (security review)
            throw UserError.badInput("secret", m -> MessageService.hd().secretNotInAddress());
        }
        String given = secretHeader;
        Status s = QuarkusTransaction.requiringNew().call(() -> {
            CitizenMessage m = service.follow(trackingCode, given, current.address());
            return new Status(m.status.name(), m.dueOn, m.status == MessageStatus.REJECTED ? m.rejectReason
                    : MessageReply.sent(m).map(r -> r.body).orElse(null));
        });
        return Response.ok(s).header("Cache-Control", "no-store").build();
    }
}
