package org.zwgk.portal.contributions;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.messages.MessageThrottle;
import org.zwgk.portal.web.UserError;

import java.time.Clock;

/**
 * The one way a citizen's contribution is taken and moderated, whatever it was sent to: the text
 * checked, the form token spent and the address counted before anything is written (the message
 * form's limit), stored PENDING with an audit row; then approved (shown, de-identified) or rejected
 * by the subject organization's editors or reviewers (谁开设、谁管理: staff of another organization
 * find nothing), once, with an audit row.
 */
@ApplicationScoped
public class Moderation {

    private final Ownership ownership;
    private final AuditLog audit;
    private final MessageThrottle throttle;
    private final Clock clock;

    Moderation(Ownership ownership, AuditLog audit, MessageThrottle throttle, Clock clock) {
        this.ownership = ownership;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The text of a form field {@code body}, stripped: refused when empty or longer than {@code max}. */
    public static String text(String body, int max, ContributionKind<?> kind) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw UserError.badInput("body", m -> ctb().needsText(kind.noun().get()));
        }
        if (text.length() > max) {
            throw UserError.badInput("body", m -> ctb().tooLong(kind.noun().get(), max));
        }
        return text;
    }

    /**
     * Takes a contribution its feature has checked and tied to its subject: {@code spendToken} (the
     * form token) and the per-address limit may still refuse it; then it is stored PENDING.
     */
    @Transactional
    public <T extends Contribution> T receive(ContributionKind<T> kind, T k, String text, String address, Runnable spendToken) {
        spendToken.run();
        throttle.send(address);
        k.body = text;
        k.status = Contribution.Status.PENDING;
        k.persist();
        Contribution.Subject subject = k.subject();
        audit.record(new Actor("citizen", address), subject.type() + "." + kind.word(), subject.type(), subject.id(),
                kind.word() + " " + k.id);
        return k;
    }

    /**
     * The decision a workbench address names: {@code approve} true, {@code reject} false; any other
     * word is an address that does not exist (404), never a silent rejection.
     */
    public static boolean approves(String decision) {
        return switch (decision) {
            case "approve" -> true;
            case "reject" -> false;
            default -> throw UserError.notFound(m -> m.errorNotFoundText());
        };
    }

    /** Approve (shown, de-identified) or reject a pending contribution: the subject organization's editors or reviewers. */
    @Transactional
    public <T extends Contribution> T moderate(PortalUser user, ContributionKind<T> kind, long id, boolean approve, Actor actor) {
        ownership.requireLoggedIn(user);
        T k = Panache.getEntityManager(kind.type()).find(kind.type(), id, LockModeType.PESSIMISTIC_WRITE);
        if (k == null || !ownership.isStaffOf(user, k.subject().owner())) {
            throw UserError.notFound(m -> kind.notFound().get());
        }
        Contribution.Subject subject = k.subject();
        ownership.requireEditorOrReviewer(user, subject.owner());
        if (k.status != Contribution.Status.PENDING) {
            throw UserError.conflict(m -> ctb().alreadyModerated(kind.noun().get()));
        }
        k.status = approve ? Contribution.Status.APPROVED : Contribution.Status.REJECTED;
        k.moderatedBy = user.username();
        k.moderatedAt = clock.instant();
        audit.record(actor, subject.type() + "." + kind.word() + (approve ? ".approve" : ".reject"), subject.type(), subject.id(),
                kind.word() + " " + k.id);
        return k;
    }

    static ContributionMessages ctb() {
        return MessageBundles.get(ContributionMessages.class);
    }
}
