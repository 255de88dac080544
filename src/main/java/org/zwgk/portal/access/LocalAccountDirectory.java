package org.zwgk.portal.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.audit.AuditLog;

/** Lets the organization feature find accounts by name without touching their table. */
@ApplicationScoped
public class LocalAccountDirectory implements AccountDirectory {

    private final AccountService accounts;

    LocalAccountDirectory(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public NewAccount create(String username, String displayName, AuditLog.Actor actor) {
        AccountService.Created created = accounts.createWithInitialPassword(username, displayName, actor);
        return new NewAccount(created.id(), username.strip(), created.initialPassword());
    }

    @Override
    public Long idOf(String username) {
        return Account.findByUsername(username).map(a -> a.id).orElse(null);
    }

    @Override
    public String usernameOf(long accountId) {
        Account a = Account.findById(accountId);
        return a == null ? "#" + accountId : a.username;
    }

    @Override
    public boolean holdsSiteRole(long accountId) {
        Account a = Account.findById(accountId);
        return a != null && !a.siteRoleSet().isEmpty();
    }

    @Override
    public java.util.Map<Long, String> usernamesOf(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!accountIds.isEmpty()) {
            Account.<Account>list("id in ?1", accountIds).forEach(a -> names.put(a.id, a.username));
        }
        return names;
    }
}
