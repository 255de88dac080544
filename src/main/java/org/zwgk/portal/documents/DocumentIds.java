package org.zwgk.portal.documents;

import org.zwgk.portal.web.UserError;

/** Document ids come from URLs people type; anything that is not one is simply not found. */
final class DocumentIds {

    private DocumentIds() {
    }

    static long parse(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // fall through: a malformed id names no document
        }
        throw UserError.notFound(m -> m.documentNotFound());
    }
}
