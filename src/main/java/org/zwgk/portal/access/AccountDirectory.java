package org.zwgk.portal.access;

import org.zwgk.portal.audit.AuditLog.Actor;

/** How other features find and create accounts without touching the account tables. */
public interface AccountDirectory {

    /** The account's id, or null when no account has this name. */
    Long idOf(String username);

    String usernameOf(long accountId);

    /** Whether the account holds a site-wide role (site admin, auditor). */
    boolean holdsSiteRole(long accountId);

    /** {@link #usernameOf} for many accounts in one query (a member list names each), in no particular order. */
    java.util.Map<Long, String> usernamesOf(java.util.Collection<Long> accountIds);

    /** A new account with a one-time password its owner must replace; a taken name is a conflict. */
    NewAccount create(String username, String displayName, Actor actor);

    record NewAccount(long id, String username, String initialPassword) {
    }
}
