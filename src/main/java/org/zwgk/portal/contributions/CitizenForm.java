package org.zwgk.portal.contributions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.web.FormTokens;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

/**
 * What every public page with a contribution form needs (consultation comments, interview questions,
 * survey answers): the message form's signed time-based token, the sender's address for the
 * per-address limit, the de-identification gate for what the page shows, and one way to send a form
 * and show the page again, never cached.
 */
@ApplicationScoped
public class CitizenForm {

    /**
     * The subject's page: after a contribution was taken ({@code done}), or with what was typed and why it
     * was refused; with the form token its form carries.
     */
    @FunctionalInterface
    public interface Page {
        String render(String typed, String done, String error, String formToken);
    }

    private final FormTokens tokens;
    private final CurrentUser current;
    private final Deidentifier deidentifier;
    private final Messages messages;

    CitizenForm(FormTokens tokens, CurrentUser current, Deidentifier deidentifier, Messages messages) {
        this.tokens = tokens;
        this.current = current;
        this.deidentifier = deidentifier;
        this.messages = messages;
    }

    /** A token for a form served now. */
    public String token() {
        return tokens.issue();
    }

    /**
     * The token for the form shown again after it was refused: the one sent while it is good and unspent,
     * so the wait counts from when the form first came (browser walk: a citizen who ticked the answer they
     * had missed and sent again at once was told 提交过快 a second time).
     */
    public String renewed(String sent) {
        return tokens.renew(sent);
    }

    /**
     * Spends the sent token, or refuses with the message every public form shows (too fast, expired) or,
     * for a form sent twice, {@code used}: worded for what this form sends.
     */
    public Runnable spending(String formToken, java.util.function.Supplier<String> used) {
        return () -> tokens.spendOrRefuse(formToken, used);
    }

    /** The form of this token was sent already (reloaded after its answer): show what was done, not the form again. */
    public boolean alreadySent(String formToken) {
        return tokens.spent(formToken);
    }

    public String address() {
        return current.address();
    }

    public Deidentifier deidentifier() {
        return deidentifier;
    }

    public Messages messages() {
        return messages;
    }

    /**
     * Runs {@code send} (its own transaction) and renders the page again in a new one: 200 with
     * {@code done}, or the refusal's status with the typed text kept and its Chinese message; a
     * subject that does not exist stays a 404.
     */
    public Response send(Runnable send, String done, String typed, String sentToken, Page page) {
        try {
            send.run();
            return noStore(200, QuarkusTransaction.requiringNew().call(() -> page.render("", done, null, tokens.issue())));
        } catch (UserError e) {
            if (e.status() == 404) {
                throw e;
            }
            String error = e.message(messages);
            return noStore(e.status(), QuarkusTransaction.requiringNew().call(
                    () -> page.render(typed == null ? "" : typed, null, error, tokens.renew(sentToken))));
        }
    }

    /** A page of the public side that must not be kept by a cache (it carries a form token). */
    public static Response noStore(int status, String html) {
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }
}
