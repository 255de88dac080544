package org.zwgk.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One place turns every failure into what the caller can read: problem JSON under /api, a Chinese
 * error page everywhere else. Unexpected failures are logged and answered without internals.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance error(int status, String title, String message, List<String> problems);

        public static native TemplateInstance expired(String title, String message, List<FormExpired.Written> written, String back);
    }

    private final Messages messages;

    ErrorResponses(Messages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response userError(UserError e, UriInfo uri) {
        if (e.status() == 401 && !isApi(uri)) {
            return toLogin(uri);
        }
        if (isApi(uri)) {
            List<UserError.FieldMessage> fields = e.fieldMessages(messages);
            return Response.status(e.status()).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", titleOf(e.status()), e.status(), printable(e.message(messages)), uri.getPath(),
                            e.parameter(), fields.isEmpty() ? null : fields)).build();
        }
        List<UserError.FieldMessage> fields = e.fieldMessages(messages);
        if (fields.size() > 1) {
            // a form with several wrong fields: name every one, not only the first
            return page(e.status(), Templates.error(e.status(), titleOf(e.status()), e.message(messages),
                    fields.stream().map(UserError.FieldMessage::message).toList()));
        }
        return respond(e.status(), printable(e.message(messages)), e.parameter(), uri);
    }

    /** A message may quote what was typed: control characters (a NUL in a path) are not shown back. */
    private static String printable(String message) {
        return message == null ? null : message.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    }

    /** @Authenticated on a resource and nobody logged in: pages go to the login form, the API says 401. */
    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return isApi(uri) ? respond(401, messages.loginRequired(), null, uri) : toLogin(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(403, messages.errorForbiddenText(), null, uri);
    }

    private static Response toLogin(UriInfo uri) {
        String next = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Response.seeOther(java.net.URI.create(Routes.loginThenGo(next))).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    @ServerExceptionMapper
    public Response webError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed: " + uri.getRequestUri(), e);
        }
        return respond(status, defaultMessage(status), null, uri);
    }

    /**
     * JSON that parses but does not fit the body's shape ("yes" for a true/false, an array for an
     * object): Quarkus's own answer is an empty 400. Named by its field where there is one.
     */
    @ServerExceptionMapper
    public Response jsonOfWrongShape(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining("."));
        return field.isEmpty() ? respond(400, messages.errorJsonShape(), null, uri)
                : respond(400, messages.errorJsonValue(field), field, uri);
    }

    /** A refused form: nothing changed, and what the person wrote is on the page to copy (never cached). */
    @ServerExceptionMapper
    public Response formExpired(FormExpired e, UriInfo uri) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(Templates.expired(titleOf(400), messages.csrfRefused(), e.written(), e.back())).build();
    }

    /**
     * A multipart body that ends before its closing boundary, or was written with another boundary (an upload the
     * browser broke off): the sender's, a 400 as any body that cannot be read. Any other I/O failure is ours.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        if (MalformedRequests.isUnreadableMultipart(e)) {
            MalformedRequests.log(uri.getRequestUri().getRawPath() + ": " + e.getMessage());
            return respond(400, defaultMessage(400), null, uri);
        }
        return failed(e, uri);
    }

    /** A fault of the portal's own: logged with its stack, a 500 page or problem without it. */
    private Response failed(Throwable e, UriInfo uri) {
        LOG.error("request failed: " + uri.getRequestUri(), e);
        return respond(500, defaultMessage(500), null, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (MalformedRequests.isDecodingFailure(e) || MalformedRequests.isTooManyFields(e)
                || MalformedRequests.isMalformedMultipartHeader(e)) {
            // e.g. a form body with "%%", or with thousands of fields: the sender's mistake, not ours
            MalformedRequests.log(uri.getRequestUri().getRawPath() + ": " + e.getMessage());
            return respond(400, defaultMessage(400), null, uri);
        }
        return failed(e, uri);
    }

    private Response respond(int status, String message, String parameter, UriInfo uri) {
        String title = titleOf(status);
        if (isApi(uri)) {
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", title, status, message, uri.getPath(), parameter)).build();
        }
        return page(status, Templates.error(status, title, message, List.of()));
    }

    /** An HTML page with a refusal's status: this error page, or a form shown again with its message. */
    public static Response page(int status, Object html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private String titleOf(int status) {
        return switch (status) {
            case 400 -> messages.errorBadRequestTitle();
            case 401 -> messages.errorUnauthorizedTitle();
            case 403 -> messages.errorForbiddenTitle();
            case 409 -> messages.errorConflictTitle();
            case 413 -> messages.errorTooLargeTitle();
            case 429 -> messages.errorTooManyTitle();
            case 404 -> messages.errorNotFoundTitle();
            case 405 -> messages.errorMethodTitle();
            case 406, 415 -> messages.errorBadRequestTitle();
            case 410 -> messages.errorGoneTitle();
            default -> status >= 500 ? messages.errorServerTitle() : messages.errorBadRequestTitle();
        };
    }

    private String defaultMessage(int status) {
        return switch (status) {
            case 404 -> messages.errorNotFoundText();
            case 405 -> messages.errorMethodText();
            case 401 -> messages.loginRequired();
            case 403 -> messages.errorForbiddenText();
            default -> status >= 500 ? messages.errorServerText() : messages.errorBadRequestText();
        };
    }
}
