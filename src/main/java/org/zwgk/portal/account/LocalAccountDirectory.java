package org.zwgk.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.organization.MemberService;

/** Lets the organization feature find accounts by name without touching their table. */
@ApplicationScoped
public class LocalAccountDirectory implements MemberService.AccountDirectory {

    @Override
    public Long idOf(String username) {
        return Account.findByUsername(username).map(a -> a.id).orElse(null);
    }

    @Override
    public String usernameOf(long accountId) {
        Account a = Account.findById(accountId);
        return a == null ? "#" + accountId : a.username;
    }
}
