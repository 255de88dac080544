package org.zwgk.portal.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.web.SlidingWindow;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.zwgk.portal.web.ClientAddress;

import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing without letting anyone lock somebody else out.
 * <ul>
 * <li>Per (user name, address): the first {@code attempts} failures cost nothing; after that each try
 * waits a growing delay after the last failure (first delay, then doubling, at most the window). A
 * failure from one address never delays the same name from another address, so guessing at a
 * colleague's name does not keep them out of their account.</li>
 * <li>Per address: four times the allowance over a sliding window, whatever the names (a town hall's
 * staff share one address behind their gateway).</li>
 * <li>Per name, over all addresses: after four times the allowance, an address that has already failed
 * on the name waits a delay that doubles up to {@link #NAME_MAX_DELAY}, so guesses spread over many
 * addresses get one each; an address that has not failed on it (its owner's) is never delayed by it.</li>
 * </ul>
 * An IPv6 address counts as its /64 ({@link ClientAddress#network}): a subscriber holds at least a
 * /64, and every address in it would otherwise start afresh.
 * Unknown names are treated exactly like real ones, so the answer tells an attacker nothing about
 * which names exist. In memory, bounded: entries expire a window after their last failure and at
 * most {@link #MAX_KEYS} of each kind are kept. A restart forgives, which is acceptable next to the
 * cost of a password guess.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Most (name, address) pairs, most addresses and most names, remembered at once. */
    static final long MAX_KEYS = 100_000;
    /** The first wait once the free failures are used up; it doubles with every further failure. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);

    /** The longest a name waits between tries once guessed at from everywhere: its owner is slowed, not locked out. */
    static final Duration NAME_MAX_DELAY = Duration.ofMinutes(1);

    private record Pair(String name, String address) {
    }

    /** Failures of one pair: how many since the pair was last forgotten, and when the last was. */
    private record PairFailures(int count, Instant last) {
    }

    private final int attempts;
    private final int addressAttempts;
    private final Duration window;
    private final Duration firstDelay;
    private final Clock clock;
    private final Cache<Pair, PairFailures> pairs;
    /** Per address, the times of its most recent failures (at most {@code addressAttempts}). */
    private final Cache<String, List<Instant>> addresses;
    /** Per name, its failures from any address. */
    private final Cache<String, PairFailures> names;

    @Inject
    LoginThrottle(PortalConfig config, Clock clock) {
        this(config.security().loginAttempts(), config.security().loginLockout(), FIRST_DELAY, MAX_KEYS, clock);
    }

    LoginThrottle(int attempts, Duration window, Duration firstDelay, long maxKeys, Clock clock) {
        this.attempts = attempts;
        this.addressAttempts = attempts * 4;
        this.window = window;
        this.firstDelay = firstDelay;
        this.clock = clock;
        // the caches expire on the same clock the rules read, so a test's clock drives both
        this.pairs = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window).ticker(this::nanos).build();
        this.addresses = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window).ticker(this::nanos).build();
        this.names = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window).ticker(this::nanos).build();
    }

    /** How long this name must wait before the next password check from this address; zero when allowed now. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        PairFailures own = pairs.getIfPresent(pair(username, address));
        Duration pair = pairWait(own, now);
        Duration byAddress = addressWait(addresses.getIfPresent(addressKey(address)), now);
        // only where this address has failed on the name itself: a slowdown for the guessers, none for its owner
        Duration byName = own == null ? Duration.ZERO : nameWait(names.getIfPresent(nameKey(username)), now);
        Duration longest = pair.compareTo(byAddress) >= 0 ? pair : byAddress;
        return longest.compareTo(byName) >= 0 ? longest : byName;
    }

    /** Refuses a password check while the pair, the address or the name must wait (login, password change). */
    public void requireAllowed(String username, String address) {
        Duration wait = waitFor(username, address);
        if (wait.isZero()) {
            return;
        }
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            throw UserError.tooManyRequests(m -> m.loginThrottledSeconds(seconds));
        }
        throw UserError.tooManyRequests(m -> m.loginThrottled((int) ((seconds + 59) / 60)));
    }

    /** A password check under way, already counted as a failure until it {@link #succeeded(Attempt) succeeds}. */
    public record Attempt(String username, String address, Instant at) {
    }

    /**
     * Admits one password check, counting it as a failure at once: checks running side by side (60 posted
     * together) then see each other, where checking first and counting after the password hash let them
     * all through. Refused with 429 like {@link #requireAllowed}.
     */
    public synchronized Attempt begin(String username, String address) {
        requireAllowed(username, address);
        Instant now = clock.instant();
        failed(username, address, now);
        return new Attempt(username, address, now);
    }

    /** The check of {@link #begin} found the right password: as {@link #succeeded(String, String)}, and the address's count loses it again. */
    public void succeeded(Attempt attempt) {
        succeeded(attempt.username(), attempt.address());
        addresses.asMap().computeIfPresent(addressKey(attempt.address()), (k, times) -> {
            List<Instant> kept = new ArrayList<>(times);
            kept.remove(attempt.at());
            return kept.isEmpty() ? null : List.copyOf(kept);
        });
    }

    private void failed(String username, String address, Instant now) {
        pairs.asMap().compute(pair(username, address), (k, f) -> counted(f, now));
        names.asMap().compute(nameKey(username), (k, f) -> counted(f, now));
        addresses.asMap().compute(addressKey(address), (k, times) -> {
            List<Instant> kept = new ArrayList<>(addressAttempts);
            if (times != null) {
                times.stream().filter(t -> !t.plus(window).isBefore(now)).forEach(kept::add);
            }
            kept.add(now);
            return List.copyOf(kept.subList(Math.max(0, kept.size() - addressAttempts), kept.size()));
        });
    }

    /** The right password from this address: the pair and the name start afresh. The address's count stays. */
    public void succeeded(String username, String address) {
        pairs.invalidate(pair(username, address));
        names.invalidate(nameKey(username));
    }

    private PairFailures counted(PairFailures f, Instant now) {
        return f == null || f.last().plus(window).isBefore(now) ? new PairFailures(1, now) : new PairFailures(f.count() + 1, now);
    }

    /** Forgets every failure (tests, and an administrator after an incident). */
    void clear() {
        pairs.invalidateAll();
        addresses.invalidateAll();
        names.invalidateAll();
    }

    /** Entries held now, after expired ones are dropped (tests: the memory stays bounded). */
    long size() {
        pairs.cleanUp();
        addresses.cleanUp();
        names.cleanUp();
        return pairs.estimatedSize() + addresses.estimatedSize() + names.estimatedSize();
    }

    /** Characters of the names held now (tests: a megabyte typed as a name is not kept). */
    long nameCharacters() {
        return pairs.asMap().keySet().stream().mapToLong(p -> p.name().length()).sum()
                + names.asMap().keySet().stream().mapToLong(String::length).sum();
    }

    private Duration pairWait(PairFailures f, Instant now) {
        if (f == null || f.count() < attempts || f.last().plus(window).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - attempts, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(window) > 0) {
            delay = window;
        }
        return positive(Duration.between(now, f.last().plus(delay)));
    }

    private Duration nameWait(PairFailures f, Instant now) {
        if (f == null || f.count() < addressAttempts || f.last().plus(window).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(f.count() - addressAttempts, 30));
        if (delay.compareTo(NAME_MAX_DELAY) > 0) {
            delay = NAME_MAX_DELAY;
        }
        return positive(Duration.between(now, f.last().plus(delay)));
    }

    private Duration addressWait(List<Instant> times, Instant now) {
        if (times == null || times.size() < addressAttempts) {
            return Duration.ZERO;
        }
        // the oldest of the last allowed failures must leave the window before the next try
        return positive(Duration.between(now, times.get(0).plus(window)));
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static Pair pair(String username, String address) {
        return new Pair(nameKey(username), addressKey(address));
    }

    private static String nameKey(String username) {
        return username == null ? "" : SlidingWindow.bounded(username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return address == null ? "" : ClientAddress.network(address);
    }
}
