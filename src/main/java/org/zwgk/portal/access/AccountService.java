package org.zwgk.portal.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.web.UserError;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Local accounts: creating them, checking passwords, and the sessions a login opens. One answer for a
 * wrong password and an unknown name, and the same cost for both.
 */
@ApplicationScoped
public class AccountService {

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final MembershipRegistry memberships;
    private final Duration idle;
    private final Duration maxAge;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final jakarta.transaction.TransactionSynchronizationRegistry transactions;

    AccountService(PasswordHasher hasher, LoginThrottle throttle, AuditLog audit, MembershipRegistry memberships,
                   PortalConfig config, Clock clock, jakarta.transaction.TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.memberships = memberships;
        this.throttle = throttle;
        this.audit = audit;
        this.idle = config.security().sessionIdle();
        this.maxAge = config.security().sessionMaxAge();
        this.clock = clock;
    }

    /** Idle time from now, and never beyond the session's greatest age. */
    private Instant expiry(AccountSession s, Instant now) {
        Instant idleEnd = now.plus(idle);
        Instant ageEnd = s.createdAt.plus(maxAge);
        return idleEnd.isBefore(ageEnd) ? idleEnd : ageEnd;
    }

    /** A session opened: the cookie's value, and whether the password must be changed first. */
    public record Login(String token, boolean mustChangePassword) {
    }

    /** An account created with a one-time password, to be handed to its owner once. */
    public record Created(long id, String initialPassword) {
    }

    /** Wrong passwords typed for an account between its previous login and this session's. */
    public record FailedLogins(int count, Instant lastAt, String lastAddress) {
    }

    /**
     * Checks the password and opens a session. The check is admitted and counted by the throttle first,
     * so checks posted side by side see each other; and the password hash (deliberately slow) runs
     * outside any transaction, so guesses in parallel do not hold the database's connections.
     */
    public Login login(String username, String password, String address) {
        String name = username == null ? "" : username.strip();
        LoginThrottle.Attempt attempt = throttle.begin(name, address);
        record Stored(long id, String hash) {
        }
        // no account has a longer name (varchar(64)): a pasted megabyte is neither looked up nor noted
        boolean possible = name.length() <= Account.LONGEST_USERNAME;
        Optional<Stored> stored = !possible ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(name)
                        .filter(a -> a.enabled).map(a -> new Stored(a.id, a.passwordHash)));
        boolean ok = hasher.verify(password == null ? "" : password, stored.map(Stored::hash).orElse(null));
        if (!ok || stored.isEmpty()) {
            if (possible) {
                recordFailure(name, address);
            }
            throw UserError.unauthorized(m -> m.loginFailed());
        }
        throttle.succeeded(attempt);
        return QuarkusTransaction.requiringNew().call(() -> openSession(Account.findById(stored.get().id), name, address));
    }

    private Login openSession(Account a, String name, String address) {
        String token = newToken();
        AccountSession s = newSession(token, a, address);
        // the failures since the previous login move to this session, which shows them to the owner
        s.failuresBefore = a.failedLogins;
        s.lastFailureAt = a.lastFailedLoginAt;
        s.lastFailureAddress = a.lastFailedLoginAddress;
        a.failedLogins = 0;
        a.lastFailedLoginAt = null;
        a.lastFailedLoginAddress = null;
        s.persist();
        audit.record(new AuditLog.Actor(name, address), "account.login", "account", a.id, null);
        return new Login(token, a.mustChangePassword);
    }

    private String newToken() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private AccountSession newSession(String token, Account a, String address) {
        Instant now = clock.instant();
        AccountSession s = new AccountSession();
        s.tokenHash = sha256(token);
        s.accountId = a.id;
        s.createdAt = now;
        s.lastSeenAt = now;
        s.expiresAt = expiry(s, now);
        s.address = address;
        return s;
    }

    /**
     * Counts a wrong password against the account of that name, if there is one, in a transaction of
     * its own (the login's rolls back with the refusal). The same statement runs for an unknown name,
     * so the answer takes as long either way.
     */
    private void recordFailure(String name, String address) {
        Instant now = clock.instant();
        String from = address == null ? null : address.substring(0, Math.min(address.length(), 64));
        QuarkusTransaction.requiringNew().run(() -> Account.update(
                "failedLogins = failedLogins + 1, lastFailedLoginAt = ?1, lastFailedLoginAddress = ?2 where username = ?3",
                now, from, name));
    }

    /** The failed logins this session's owner has not been told about: those before this session began. */
    @Transactional
    public Optional<FailedLogins> failedLoginsBefore(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        AccountSession s = AccountSession.findById(sha256(token));
        return s == null || s.failuresBefore <= 0 ? Optional.empty()
                : Optional.of(new FailedLogins(s.failuresBefore, s.lastFailureAt, s.lastFailureAddress));
    }

    /** Deletes the sessions whose time is up; they no longer log anyone in. Returns how many. */
    @Transactional
    public long purgeExpiredSessions() {
        return AccountSession.delete("expiresAt < ?1", clock.instant());
    }

    /** The person a session cookie belongs to, while the session lives; sliding expiry. */
    @Transactional
    public Optional<PortalUser> session(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        AccountSession s = AccountSession.findById(sha256(token));
        Instant now = clock.instant();
        if (s == null || s.expiresAt.isBefore(now) || s.createdAt.plus(maxAge).isBefore(now)) {
            return Optional.empty();
        }
        Account a = Account.findById(s.accountId);
        if (a == null || !a.enabled) {
            return Optional.empty();
        }
        if (Duration.between(s.lastSeenAt, now).compareTo(TOUCH_EVERY) > 0) {
            s.lastSeenAt = now;
            s.expiresAt = expiry(s, now);
        }
        // an initial password someone else knows grants nothing until its owner replaces it
        return Optional.of(a.mustChangePassword
                ? new PortalUser(a.username, a.displayName, EnumSet.noneOf(Role.class), Map.of())
                : user(a));
    }

    @Transactional
    public void logout(String token, String address) {
        if (token == null) {
            return;
        }
        AccountSession s = AccountSession.findById(sha256(token));
        if (s != null) {
            Account a = Account.findById(s.accountId);
            s.delete();
            audit.record(new AuditLog.Actor(a == null ? "?" : a.username, address), "account.logout", "account", s.accountId, null);
        }
    }

    /**
     * A logged-in person sets a new password. The current one is asked again (a session left open on a
     * shared office computer must not be enough) and wrong guesses count against the login throttle.
     * Every session of the account ends, the one in use too: the person goes on in a new one, whose token
     * is returned (security review: the session opened with a one-time password an admin chose kept its
     * id, and with it the account's roles once changed). Nothing changes on any error.
     */
    @Transactional
    public String changePassword(String username, String sessionToken, String current, String next, String repeated,
                               String address) {
        // an empty field is named as such, and is no guess at the password: before the throttle counts it
        if (current == null || current.isEmpty()) {
            throw UserError.badInput("current", m -> m.passwordCurrentMissing());
        }
        if (next == null || next.isEmpty()) {
            throw UserError.badInput("password", m -> m.passwordNewMissing());
        }
        LoginThrottle.Attempt attempt = throttle.begin(username, address);
        Account account = Account.findByUsername(username).filter(a -> a.enabled && a.passwordHash != null)
                .orElseThrow(() -> UserError.badInput("current", m -> m.passwordNotLocal()));
        if (!hasher.verify(current == null ? "" : current, account.passwordHash)) {
            throw UserError.badInput("current", m -> m.passwordCurrentWrong());
        }
        throttle.succeeded(attempt);
        String password = next == null ? "" : next;
        if (!password.equals(repeated)) {
            throw UserError.badInput("repeated", m -> m.passwordMismatch());
        }
        if (!PasswordHasher.acceptable(password)) {
            throw UserError.badInput("password", m -> m.weakPassword(PasswordHasher.MIN_LENGTH));
        }
        if (password.equals(current)) {
            throw UserError.badInput("password", m -> m.passwordUnchanged());
        }
        account.passwordHash = hasher.hash(password);
        account.mustChangePassword = false;
        // the wrong passwords typed before this session are still to be told (a first login goes straight here)
        AccountSession inUse = sessionToken == null ? null : AccountSession.findById(sha256(sessionToken));
        boolean own = inUse != null && account.id.equals(inUse.accountId);
        long ended = AccountSession.delete("accountId = ?1", account.id) - (own ? 1 : 0);
        String token = newToken();
        AccountSession renewed = newSession(token, account, address);
        if (own) {
            renewed.failuresBefore = inUse.failuresBefore;
            renewed.lastFailureAt = inUse.lastFailureAt;
            renewed.lastFailureAddress = inUse.lastFailureAddress;
        }
        renewed.persist();
        // never the password or its hash in the log: only that it changed and how many sessions ended
        audit.record(new AuditLog.Actor(username, address), "account.password", "account", account.id, username,
                null, "已结束其他会话 " + ended + " 个");
        return token;
    }

    /** The rules' view of an account: its site roles and its roles in each organization. */
    public PortalUser user(Account a) {
        return new PortalUser(a.username, a.displayName, a.siteRoleSet(), memberships.rolesOf(a.id));
    }

    /** Creates an account or, if the name exists, sets its password, name and roles to the given ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account upsert(String username, String displayName, String password, Set<Role> siteRoles,
                          Map<String, Set<Role>> roles, AuditLog.Actor actor) {
        requireValidUsername(username);
        if (password != null && !PasswordHasher.acceptable(password)) {
            throw UserError.badInput("password", m -> m.weakPassword(PasswordHasher.MIN_LENGTH));
        }
        Account a = Account.findByUsername(username).orElseGet(Account::new);
        boolean created = a.id == null;
        a.username = username;
        a.displayName = displayName;
        // the name shown for this login is read again once the new one is committed (a page rendered in between
        // would otherwise keep the old one)
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                StaffNames.forget(username);
            }
        });
        if (password != null) {
            a.passwordHash = hasher.hash(password);
        }
        a.setSiteRoles(siteRoles);
        if (created) {
            a.createdAt = clock.instant();
            a.persist();
        }
        memberships.replace(a.id, roles);
        audit.record(actor, created ? "account.create" : "account.update", "account", a.id, username,
                null, rolesInWords(siteRoles, roles));
        return a;
    }

    /** An account's roles as the audit log names them (市财政局=撰稿、审核), or 无角色 for none. */
    private static String rolesInWords(java.util.Set<Role> siteRoles, java.util.Map<String, java.util.Set<Role>> roles) {
        AccessLabels words = io.quarkus.qute.i18n.MessageBundles.get(AccessLabels.class);
        java.util.List<String> parts = new java.util.ArrayList<>();
        siteRoles.forEach(r -> parts.add(words.role(r)));
        roles.forEach((org, rs) -> parts.add(org + "=" + rs.stream().map(words::role).sorted().collect(java.util.stream.Collectors.joining("、"))));
        return parts.isEmpty() ? "无角色" : String.join("；", parts);
    }

    /**
     * A new account with a random one-time password (16 characters, letters and digits without the
     * ones people confuse). Its owner must replace it at the first login.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Created createWithInitialPassword(String username, String displayName, AuditLog.Actor actor) {
        String name = username == null ? "" : username.strip();
        requireValidUsername(name);
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > 50) {
            throw UserError.badInput("displayName", m -> m.badDisplayName(50));
        }
        // also when only the case differs: SZFB-REVIEWER1 would pass for szfb-reviewer1 in the audit log
        if (Account.count("lower(username) = ?1", name.toLowerCase(java.util.Locale.ROOT)) > 0) {
            throw UserError.conflict("username", m -> m.usernameTaken(name));
        }
        String password = initialPassword();
        Account a = upsert(name, display, password, EnumSet.noneOf(Role.class), Map.of(), actor);
        a.mustChangePassword = true;
        return new Created(a.id, password);
    }

    private static void requireValidUsername(String username) {
        if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw UserError.badInput("username", m -> m.badUsername());
        }
    }

    private static final String INITIAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private String initialPassword() {
        while (true) {
            StringBuilder b = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                b.append(INITIAL_ALPHABET.charAt(random.nextInt(INITIAL_ALPHABET.length())));
            }
            if (PasswordHasher.acceptable(b.toString())) {
                return b.toString();
            }
        }
    }

    static String sha256(String token) {
        return org.zwgk.portal.common.Sha256.hex(token);
    }
}
