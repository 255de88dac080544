package org.zwgk.portal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * Requests that cannot even be decoded ({@code /%zz}, {@code ?q=%}, a form body with {@code %%}) are
 * the sender's mistake: a 400 with the Chinese error page, or problem JSON under /api, and one line
 * at INFO, never a 500 with a stack trace. A path or query is checked by the first route of the
 * router (and the router's 400 handler covers what fails while routes are matched); a form body
 * fails later, in the REST layer, and ErrorResponses asks {@link #isDecodingFailure} to tell it apart
 * from a fault of the portal's own.
 */
@ApplicationScoped
public class MalformedRequests {

    private static final Logger LOG = Logger.getLogger(MalformedRequests.class);
    /** Where a percent-decoding failure is thrown (the top frame of its stack). */
    private static final Set<String> DECODERS = Set.of("org.jboss.resteasy.reactive.common.util.URLUtils",
            "java.net.URLDecoder", "io.netty.handler.codec.http.QueryStringDecoder", "io.vertx.core.http.impl.HttpUtils");

    private final Messages messages;
    private final ObjectMapper json;

    MalformedRequests(Messages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * Quarkus refuses a request line that is no URI with an empty 400 before any route runs, unless
     * this system property is set at launch (PortalMain sets it; the test runs set it in the pom). The
     * first route below then makes the same check and answers with the page.
     */
    public static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

    void install(@Observes Router router) {
        // first of all routes: the same check Quarkus makes (java.net.URI), nothing has decoded the path yet
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (wellFormed(ctx.request().uri())) {
                ctx.next();
            } else {
                badRequest(ctx);
            }
        });
        // a route's failure: a handler before the resources (e.g. the permission check) could not decode the path
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 400 || isDecodingFailure(ctx.failure())) {
                badRequest(ctx);
            } else {
                ctx.next();
            }
        });
        // no route could even be matched against the path or query
        router.errorHandler(400, this::badRequest);
    }

    void badRequest(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.closed()) {
            return;
        }
        String uri = ctx.request().uri();
        log(ctx.request().method() + " " + uri);
        String title = messages.errorBadRequestTitle();
        String text = messages.errorBadRequestText();
        response.setStatusCode(400);
        if (uri.startsWith("/api/")) {
            String path = uri.split("\\?", 2)[0];
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(problem(new Problem("about:blank", title, 400, text, path, null)));
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(ErrorResponses.Templates.error(400, title, text, java.util.List.of()).render());
        }
    }

    private String problem(Problem p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean wellFormed(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Whether this failure is input that could not be percent-decoded, rather than a fault of ours. */
    public static boolean isDecodingFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getStackTrace().length > 0
                    && DECODERS.contains(t.getStackTrace()[0].getClassName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether this failure is a multipart body the REST layer's parser could not read to its end. */
    public static boolean isUnreadableMultipart(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith(MULTIPART_PARSER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this failure is a multipart body's header the REST layer could not parse (an empty boundary,
     * {@code boundary=}: an index out of bounds inside its parser's set-up, a 500 with a stack trace before
     * the security audit of session 38).
     */
    public static boolean isMalformedMultipartHeader(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IndexOutOfBoundsException) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getClassName().startsWith(MULTIPART_PARSER)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    /**
     * Whether this failure is a form body with more fields than the REST layer reads (1,000): no form of the
     * portal's has a tenth of that (security audit: a 500 with a stack trace per anonymous request).
     */
    public static boolean isTooManyFields(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith(MULTIPART_PARSER)
                    && t.getMessage() != null && t.getMessage().startsWith("Param limit")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line, with what was sent cut short and stripped of control characters, and without its query:
     * a query may carry what must not reach a log (a message's secret, a citizen's words).
     */
    public static void log(String request) {
        int query = request.indexOf('?');
        String path = query < 0 ? request : request.substring(0, query) + "?…";
        String shown = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        LOG.infof("malformed request refused (400): %s", shown.replaceAll("\\p{Cntrl}", "?"));
    }
}
