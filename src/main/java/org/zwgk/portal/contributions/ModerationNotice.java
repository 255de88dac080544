package org.zwgk.portal.contributions;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

/**
 * What a moderator's last decision did, said on the page it returns to (browser walk: after 通过并公开 or
 * 不予公开 the item just disappeared). The decision's redirect names it in {@code ?moderated=}; only the
 * two known values are shown, as fixed texts. Templates read it as {@code inject:moderationNotice}.
 */
@Named("moderationNotice")
@ApplicationScoped
public class ModerationNotice {

    static final String PARAMETER = "moderated";

    private final Instance<CurrentVertxRequest> current;

    ModerationNotice(Instance<CurrentVertxRequest> current) {
        this.current = current;
    }

    /** The query to add to the page's address after a decision. */
    public static String query(boolean approved) {
        return "?" + PARAMETER + "=" + (approved ? "approved" : "rejected");
    }

    /** …for what is shown only later, with the results once the subject closes (a survey's free-text answers). */
    public static String queryShownLater(boolean approved) {
        return approved ? "?" + PARAMETER + "=approved-later" : query(false);
    }

    public String text() {
        if (!Arc.container().requestContext().isActive() || current.get().getCurrent() == null) {
            return null;
        }
        String value = current.get().getCurrent().request().getParam(PARAMETER);
        ContributionMessages m = MessageBundles.get(ContributionMessages.class);
        return switch (value == null ? "" : value) {
            case "approved" -> m.moderatedApproved();
            case "approved-later" -> m.moderatedApprovedLater();
            case "rejected" -> m.moderatedRejected();
            default -> null;
        };
    }
}
