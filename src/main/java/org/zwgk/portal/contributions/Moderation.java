package org.zwgk.portal.contributions;

import org.zwgk.portal.web.validation.PlainText;
import org.zwgk.portal.common.VisibleText;
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
import org.zwgk.portal.workflow.DraftInput;
import org.zwgk.portal.workflow.SensitiveWords;

import java.time.Clock;
import java.util.List;

/**
 * The one way a citizen's contribution is taken and moderated, whatever it was sent to: the text
 * checked, the form token spent and the address counted before anything is written (the message
 * form's limit), stored PENDING with an audit row; then approved (shown, de-identified) or rejected
 * by the subject organization's editors or reviewers (谁开设、谁管理: staff of another organization
 * find nothing), once, with an audit row. The sensitive-word check of drafts and message replies
 * (workflow.SensitiveWords) applies to every contribution here: the hits are counted in the audit row
 * when it is taken, shown in place to the moderator, and approving a text with hits needs the
 * moderator's "checked" ({@code acknowledged}), as sending a reply with hits needs its writer's;
 * without it the approval is refused (409) with a clear message and nothing changes.
 */
@ApplicationScoped
@jakarta.inject.Named("moderation")
public class Moderation {

    private final Ownership ownership;
    private final AuditLog audit;
    private final MessageThrottle throttle;
    private final Clock clock;
    private final SensitiveWords sensitiveWords;

    Moderation(Ownership ownership, AuditLog audit, MessageThrottle throttle, Clock clock, SensitiveWords sensitiveWords) {
        this.sensitiveWords = sensitiveWords;
        this.ownership = ownership;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The text of a form field {@code body}, stripped: refused when empty or longer than {@code max}. */
    public static String text(String body, int max, ContributionKind<?> kind) {
        String text = body == null ? "" : VisibleText.lines(body).strip();
        if (text.isEmpty()) {
            throw UserError.badInput("body", m -> ctb().needsText(kind.noun().get()));
        }
        if (text.length() > max) {
            throw UserError.badInput("body", m -> ctb().tooLong(kind.noun().get(), max));
        }
        if (!PlainText.Check.isPlain(text)) {
            throw UserError.badInput("body", m -> m.draftFieldControl(kind.noun().get()));
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
        throttle.send(address, () -> ctb().throttled(kind.noun().get()));
        k.body = text;
        k.status = Contribution.Status.PENDING;
        k.persist();
        Contribution.Subject subject = k.subject();
        int hits = hits(text);
        audit.record(new Actor("citizen", address), subject.type() + "." + kind.word(), subject.type(), subject.id(),
                kind.word() + " " + k.id + (hits > 0 ? " 有 " + hits + " 处敏感词待审核人核对" : ""));
        return k;
    }

    /** How many sensitive words a contribution's text holds. */
    public int hits(String body) {
        return sensitiveWords.check(DraftInput.Field.BODY, body).size();
    }

    /** The text cut into plain and flagged stretches, for the moderator ({@code inject:moderation} in the queue). */
    public List<SensitiveWords.Segment> segments(String body) {
        String text = body == null ? "" : body;
        return sensitiveWords.segments(DraftInput.Field.BODY, text, sensitiveWords.check(DraftInput.Field.BODY, text));
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
    public <T extends Contribution> T moderate(PortalUser user, ContributionKind<T> kind, long id, boolean approve, boolean acknowledged,
                                               Actor actor) {
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
        int hits = approve ? hits(k.body) : 0;
        if (hits > 0 && !acknowledged) {
            throw UserError.conflict(m -> ctb().sensitiveNotChecked(kind.noun().get(), hits));
        }
        k.status = approve ? Contribution.Status.APPROVED : Contribution.Status.REJECTED;
        k.moderatedBy = user.username();
        k.moderatedAt = clock.instant();
        audit.record(actor, subject.type() + "." + kind.word() + (approve ? ".approve" : ".reject"), subject.type(), subject.id(),
                kind.word() + " " + k.id + (hits > 0 ? " 已核对 " + hits + " 处敏感词" : ""));
        return k;
    }

    static ContributionMessages ctb() {
        return MessageBundles.get(ContributionMessages.class);
    }
}
