package org.zwgk.portal.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.web.ClientAddress;

/** The person behind the current request, however they logged in, and the address they came from. */
@RequestScoped
public class CurrentUser {

    public static final String ATTRIBUTE = "portal.user";

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final ClientAddress clientAddress;

    CurrentUser(SecurityIdentity identity, HttpServerRequest request, ClientAddress clientAddress) {
        this.identity = identity;
        this.request = request;
        this.clientAddress = clientAddress;
    }

    /** Null for an anonymous visitor. */
    public PortalUser get() {
        return identity.isAnonymous() ? null : identity.getAttribute(ATTRIBUTE);
    }

    /** The client's address: the peer's own, or the one a trusted proxy saw (never what the client claims). */
    public String address() {
        return clientAddress.of(request);
    }

    public AuditLog.Actor actor() {
        PortalUser user = get();
        return new AuditLog.Actor(user == null ? "anonymous" : user.username(), address());
    }
}
