package org.zwgk.portal.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import jakarta.enterprise.inject.Instance;
import org.zwgk.portal.web.FormExpired;
import org.zwgk.portal.web.TypedFields;
import org.zwgk.portal.web.UserError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every write (POST, PUT, PATCH, DELETE) carries the token of {@link CsrfTokens}: a form in its
 * hidden field, the JSON API in the {@code X-CSRF-Token} header when the caller is
 * logged in by cookie. The API only takes JSON, so a cross-site form (which cannot send JSON or a
 * custom header) can never reach it. Bearer-token callers (Keycloak) send no cookie a browser would
 * add by itself, and need no token.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CsrfTokens tokens;
    private final SecurityIdentity identity;
    private final Instance<TypedFields> forms;

    CsrfFilter(CsrfTokens tokens, SecurityIdentity identity, Instance<TypedFields> forms) {
        this.tokens = tokens;
        this.identity = identity;
        this.forms = forms;
    }

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext rc) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        if (isApi(rc)) {
            checkApi(request, rc);
            return;
        }
        if (identity.isAnonymous() && rc.normalizedPath().equals("/logout")) {
            return; // nothing to log out of: the form of an expired session still leads home
        }
        String sent = isForm(request.getMediaType())
                ? (String) ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                        .getFormParameter(CsrfTokens.FIELD, true, false)
                : null;
        if (!tokens.matches(rc, identity, sent)) {
            if (isForm(request.getMediaType())) {
                // shown back only to a form of this site: another site's forged post would make the portal show its words
                Optional<TypedFields.Form> form = formPostedTo(rc.normalizedPath());
                if (!fromThisSite(request)) {
                    throw new FormExpired(List.of(), form.map(TypedFields.Form::page).orElse(null));
                }
                String back = localReferer(request);
                throw new FormExpired(written((ResteasyReactiveRequestContext) request.getServerRequestContext(), form.orElse(null)),
                        back != null ? back : form.map(TypedFields.Form::page).orElse(null));
            }
            throw UserError.badInput(CsrfTokens.FIELD, m -> m.csrfRefused());
        }
    }

    /**
     * Whether the browser says the form came from a page of this site: its Origin, or without one its
     * Referer, names the host the request was sent to. A post with neither (a script) is not.
     */
    static boolean fromThisSite(ResteasyReactiveContainerRequestContext request) {
        String host = request.getHeaderString(HttpHeaders.HOST);
        String from = request.getHeaderString("Origin");
        if (from == null || from.equals("null")) {
            from = request.getHeaderString("Referer");
        }
        if (host == null || from == null) {
            return false;
        }
        try {
            java.net.URI uri = java.net.URI.create(from);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The path (and query) of the page the form was on, from the Referer when it names this site, or
     * null: the refusal's link back to the form.
     */
    static String localReferer(ResteasyReactiveContainerRequestContext request) {
        String host = request.getHeaderString(HttpHeaders.HOST);
        String referer = request.getHeaderString("Referer");
        if (host == null || referer == null) {
            return null;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath();
            if (uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(host)
                    || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Optional<TypedFields.Form> formPostedTo(String path) {
        for (TypedFields fields : forms) {
            Optional<TypedFields.Form> form = fields.formPostedTo(path);
            if (form.isPresent()) {
                return form;
            }
        }
        return Optional.empty();
    }

    /** Fields never shown back: tokens, secrets and passwords. */
    private static final Set<String> NOT_SHOWN = Set.of(CsrfTokens.FIELD, "formToken", "submission", "lockVersion", "password",
            "current", "repeated", "secret", "next");
    private static final int MAX_SHOWN = 20;
    private static final int MAX_CHARS = 5_000;
    /** A telephone number or an e-mail address as people type them: kept although short and plain ASCII. */
    private static final Pattern CONTACT = Pattern.compile("[+0-9][0-9 ()+\\-]{5,30}|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static boolean secret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return NOT_SHOWN.contains(name) || n.contains("password") || n.contains("secret") || n.contains("token");
    }

    /**
     * What a person wrote into the refused form. For a form whose {@link TypedFields} are known: the values
     * of its typed fields, each with its label (choices and codes are not among them). For another form:
     * values with a character beyond ASCII, of 20 or more characters, or a phone number or e-mail
     * address, i.e. texts rather than the codes the form's controls send. Never a secret.
     */
    private static List<FormExpired.Written> written(ResteasyReactiveRequestContext context, TypedFields.Form form) {
        FormData data = context.getFormData();
        List<FormExpired.Written> out = new ArrayList<>();
        if (data == null) {
            return out;
        }
        Iterable<String> names = form != null ? form.labels().keySet() : data;
        for (String name : names) {
            if (secret(name) || data.get(name) == null) {
                continue;
            }
            for (FormValue v : data.get(name)) {
                String value = v.isFileItem() ? null : v.getValue();
                if (value == null || value.isBlank() || out.size() >= MAX_SHOWN) {
                    continue;
                }
                String text = value.strip();
                if (form != null || text.length() >= 20 || text.chars().anyMatch(c -> c > 0x7F) || CONTACT.matcher(text).matches()) {
                    out.add(new FormExpired.Written(form != null ? form.labels().get(name) : null,
                            text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text));
                }
            }
        }
        return out;
    }

    private void checkApi(ResteasyReactiveContainerRequestContext request, RoutingContext rc) {
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.valueOf("text/csv")) && rc.normalizedPath().endsWith("/batches")) {
            // a business system's CSV batch (records intake): the endpoint takes a bearer token only, never a
            // cookie, so there is nothing to forge; without a token it answers 401 itself
            return;
        }
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || "application".equals(type.getType()) && type.getSubtype().endsWith("+json"))) {
            throw UserError.unsupportedMediaType(m -> m.apiNeedsJson());
        }
        if (identity.isAnonymous()) {
            return; // nobody: the resource answers 401 itself
        }
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null && rc.request().getCookie(SessionCookie.NAME) == null) {
            return; // a bearer token and no session cookie: nothing a browser sends by itself, nothing to forge
        }
        if ("cross-site".equals(request.getHeaderString("Sec-Fetch-Site"))
                || !tokens.matches(rc, identity, request.getHeaderString(CsrfTokens.HEADER))) {
            throw UserError.forbidden(m -> m.apiNeedsCsrfHeader());
        }
    }

    /** A script logged in by cookie reads its token here, from any API answer to a GET. */
    @ServerResponseFilter
    public void offerToken(ResteasyReactiveContainerRequestContext request,
                           jakarta.ws.rs.container.ContainerResponseContext response, RoutingContext rc) {
        if (isApi(rc) && "GET".equals(request.getMethod()) && !identity.isAnonymous()
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            String token = tokens.expected(rc, identity);
            if (token != null) {
                response.getHeaders().putSingle(CsrfTokens.HEADER, token);
            }
        }
    }

    private static boolean isApi(RoutingContext rc) {
        return rc.normalizedPath().startsWith("/api/");
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
