package org.zwgk.portal.access;

import io.quarkus.qute.i18n.MessageBundles;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.web.UserError;

/**
 * 谁开设、谁管理 on the server: whoever opened a channel owns it; only the owner's editors write
 * there, its reviewers review, its org admins manage it and its members; site admins act across
 * organizations. Every write path asks here before it changes anything.
 */
@ApplicationScoped
public class Ownership {

    public boolean holds(PortalUser user, Role role, Owner owner) {
        return user != null && (role.siteWide ? user.hasSiteRole(role) : user.has(role, owner.code()));
    }

    /** Refuses with 401 for nobody, 403 for somebody without the role in {@code owner}. */
    public void require(PortalUser user, Role role, Owner owner) {
        requireLoggedIn(user);
        if (!holds(user, role, owner)) {
            throw UserError.forbidden(m -> forbiddenRole(m, role, owner));
        }
    }

    /**
     * As {@link #require}, where a form's field ({@code field}: the channel or organization to write in)
     * chose {@code owner}: the 403 names the field, so the form comes back with what was typed.
     */
    public void requireChosen(PortalUser user, Role role, Owner owner, String field) {
        requireLoggedIn(user);
        if (!holds(user, role, owner)) {
            throw UserError.forbidden(field, m -> forbiddenRole(m, role, owner));
        }
    }

    private static String forbiddenRole(org.zwgk.portal.web.Messages m, Role role, Owner owner) {
        return m.forbiddenRole(MessageBundles.get(AccessLabels.class).role(role), owner.displayName());
    }

    /**
     * May {@code user} make {@code item} public now: 404 ({@code notFound}) for an item that is missing or
     * none of the user's business, 403 for somebody who is not a second reviewer of its organization
     * ({@code sameAuthor} for one of its authors), 409 when it is public already. The caller locks the item,
     * adds its own checks, then stamps it with {@link Publishable#markPublished}.
     */
    public void requirePublishable(PortalUser user, Publishable item, Supplier<UserError> notFound, UserError sameAuthor) {
        requireLoggedIn(user);
        if (item == null || !isStaffOf(user, item.owner())) {
            throw notFound.get();
        }
        require(user, Role.REVIEWER, item.owner());
        if (item.authors().contains(user.username())) {
            throw sameAuthor;
        }
        if (item.published()) {
            throw UserError.conflict(m -> m.publicationAlreadyPublished());
        }
    }

    /** Who moderates what citizens send an organization (comments, questions, answers): its editors or reviewers. */
    public void requireEditorOrReviewer(PortalUser user, Owner owner) {
        if (user == null || !user.moderatesFor(owner.code())) {
            require(user, Role.EDITOR, owner);
        }
    }

    /** Who manages an organization's channels and members: its org admins, or a site admin. */
    public void requireManager(PortalUser user, Owner owner) {
        requireLoggedIn(user);
        if (!user.siteAdmin()) {
            require(user, Role.ORG_ADMIN, owner);
        }
    }

    /**
     * Who reads an organization's consultations, surveys and interviews at work: anyone with a role in
     * it, site admins and auditors (these through the privacy gate: {@link #readerOf}).
     */
    public boolean isStaffOf(PortalUser user, Owner org) {
        return user != null && (readsUnmaskedOf(user, org) || user.hasSiteRole(Role.AUDITOR));
    }

    /**
     * Who reads an organization's texts before the privacy gate (drafts, records being edited, what
     * citizens sent that waits for moderation): anyone with a role in it, and site admins (who move
     * drafts between organizations). Not auditors: the auditor reads what was published and how citizens
     * were answered, with personal data masked (security review: an auditor read another organization's
     * draft with an ID number in full, and pending comments as typed).
     */
    public boolean readsUnmaskedOf(PortalUser user, Owner org) {
        return user != null && (user.roles().containsKey(org.code()) || user.siteAdmin());
    }

    /** How {@code user} reads {@code org}'s consultations, surveys and interviews. */
    public Reader readerOf(PortalUser user, Owner org) {
        return readsUnmaskedOf(user, org) ? Reader.STAFF : isStaffOf(user, org) ? Reader.OVERSEER : Reader.PUBLIC;
    }

    /** Refuses with 401 for nobody, 403 for somebody who is not {@link #isStaffOf staff of} {@code org}. */
    public void requireStaffOf(PortalUser user, Owner org) {
        requireLoggedIn(user);
        if (!isStaffOf(user, org)) {
            throw UserError.forbidden(m -> m.forbiddenDraft());
        }
    }

    public void requireSiteRole(PortalUser user, Role role) {
        requireLoggedIn(user);
        if (!user.hasSiteRole(role)) {
            throw UserError.forbidden(m -> m.forbiddenSiteRole(MessageBundles.get(AccessLabels.class).role(role)));
        }
    }

    /** Refuses whoever may not read the audit trail ({@link PortalUser#auditReader}). */
    public void requireAuditReader(PortalUser user) {
        requireLoggedIn(user);
        if (!user.auditReader()) {
            throw UserError.forbidden(m -> m.forbiddenSiteRole(MessageBundles.get(AccessLabels.class).role(Role.AUDITOR)));
        }
    }

    public void requireLoggedIn(PortalUser user) {
        if (user == null) {
            throw UserError.unauthorized(m -> m.loginRequired());
        }
    }
}
