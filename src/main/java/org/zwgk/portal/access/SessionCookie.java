package org.zwgk.portal.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session cookie's name, and the credential it carries into the security layer. */
public final class SessionCookie extends BaseAuthenticationRequest {

    public static final String NAME = "zwgk_session";

    private final String token;

    SessionCookie(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
