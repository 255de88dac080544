package org.zwgk.portal.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name and per address over a sliding window. A name with too many
 * recent failures must wait, whether or not the account exists, so the answer tells an attacker
 * nothing about which names are real. An address gets four times the allowance: a town hall's staff
 * share one address behind their gateway. In memory: a restart forgives, which is acceptable
 * next to the cost of a password guess.
 */
@ApplicationScoped
public class LoginThrottle {

    private final int attempts;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(PortalConfig config) {
        this.attempts = config.security().loginAttempts();
        this.window = config.security().loginLockout();
    }

    /** Minutes to wait before trying again, or 0 when a try is allowed now. */
    public long waitMinutes(String username, String address) {
        Instant now = clock.instant();
        return Math.max(wait(nameKey(username), attempts, now), wait(addressKey(address), attempts * 4, now));
    }

    /** Refuses a password check while the name or the address must wait (login, password change). */
    public void requireAllowed(String username, String address) {
        long wait = waitMinutes(username, address);
        if (wait > 0) {
            throw UserError.tooManyRequests(m -> m.loginThrottled((int) wait));
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[]{nameKey(username), addressKey(address)}) {
            failures.compute(key, (k, q) -> {
                Deque<Instant> d = q == null ? new ArrayDeque<>() : q;
                prune(d, now);
                d.addLast(now);
                return d;
            });
        }
    }

    public void succeeded(String username) {
        failures.remove(nameKey(username));
    }

    /** Forgets every failure (tests, and an administrator after an incident). */
    void clear() {
        failures.clear();
    }

    private long wait(String key, int allowed, Instant now) {
        Deque<Instant> d = failures.get(key);
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            prune(d, now);
            if (d.size() < allowed) {
                return 0;
            }
            Duration left = Duration.between(now, d.peekFirst().plus(window));
            return Math.max(1, (left.toSeconds() + 59) / 60);
        }
    }

    private void prune(Deque<Instant> d, Instant now) {
        synchronized (d) {
            while (!d.isEmpty() && d.peekFirst().plus(window).isBefore(now)) {
                d.removeFirst();
            }
        }
    }

    private static String nameKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
