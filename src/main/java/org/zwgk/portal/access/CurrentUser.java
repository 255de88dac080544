package org.zwgk.portal.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.zwgk.portal.audit.AuditLog;

/** The person behind the current request, however they logged in, and the address they came from. */
@RequestScoped
public class CurrentUser {

    public static final String ATTRIBUTE = "portal.user";

    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    CurrentUser(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** Null for an anonymous visitor. */
    public PortalUser get() {
        return identity.isAnonymous() ? null : identity.getAttribute(ATTRIBUTE);
    }

    /** The client's address (the proxy's forwarded one when proxy forwarding is configured). */
    public String address() {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    public AuditLog.Actor actor() {
        PortalUser user = get();
        return new AuditLog.Actor(user == null ? "anonymous" : user.username(), address());
    }
}
