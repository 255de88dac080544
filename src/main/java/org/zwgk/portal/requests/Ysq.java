package org.zwgk.portal.requests;

import io.quarkus.qute.i18n.MessageBundles;

/** The requests bundle from Java ({@code ysq:} in templates). */
final class Ysq {

    private Ysq() {
    }

    static RequestMessages text() {
        return MessageBundles.get(RequestMessages.class);
    }
}
