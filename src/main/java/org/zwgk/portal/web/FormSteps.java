package org.zwgk.portal.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One rule for every staff form: the step's answer, or, when it is refused for something the person can
 * mend (a field, a stale copy, words to acknowledge, a limit), the page again with the refusal and what was
 * typed, at the refusal's status. A refusal of access ({@link UserError#refusesAccess()}) is no form's
 * business and answers itself. The step's transaction has rolled back, so the page is read in a fresh one.
 */
public final class FormSteps {

    private FormSteps() {
    }

    public static Response orPage(Supplier<Response> step, Function<UserError, String> page) {
        try {
            return step.get();
        } catch (UserError e) {
            if (e.refusesAccess()) {
                throw e;
            }
            return ErrorResponses.page(e.status(), QuarkusTransaction.requiringNew().call(() -> page.apply(e)));
        }
    }
}
