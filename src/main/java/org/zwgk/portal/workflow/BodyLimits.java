package org.zwgk.portal.workflow;

import org.zwgk.portal.web.UserError;

/**
 * What a draft's body may hold beyond its length in characters: a number of lines. Pages, the
 * sensitive-words marks and the diff against the published version all pay per line.
 */
final class BodyLimits {

    static final int MAX_LINES = 20_000;

    private BodyLimits() {
    }

    /** Refuses a body of more than {@link #MAX_LINES} lines with 400, naming the field. */
    static void check(String body) {
        int lines = lines(body);
        if (lines > MAX_LINES) {
            throw UserError.badInput("body", m -> m.draftBodyTooManyLines(MAX_LINES, lines));
        }
    }

    static int lines(String body) {
        if (body == null || body.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }
}
