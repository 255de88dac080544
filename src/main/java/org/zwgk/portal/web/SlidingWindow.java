package org.zwgk.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * At most {@code max} events per key in any {@code window}, in memory and bounded (a restart forgives,
 * as the login throttle does): the limits on citizens' messages and 依申请公开 requests, per address or
 * per tracking code. The window decides what its keys count by, so callers pass what they have
 * (the full client address, a code as typed).
 */
public final class SlidingWindow {

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final UnaryOperator<String> keyOf;
    private final Cache<String, List<Instant>> events;

    private SlidingWindow(int max, Duration window, Clock clock, UnaryOperator<String> keyOf) {
        this.max = max;
        this.window = window;
        this.clock = clock;
        this.keyOf = keyOf;
        this.events = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(window).build();
    }

    /** Counts per client address as {@link ClientAddress#network} groups it (an IPv6 address by its /64). */
    public static SlidingWindow perAddress(int max, Duration window, Clock clock) {
        return new SlidingWindow(max, window, clock, ClientAddress::network);
    }

    /** Counts per key after {@code normalize} (e.g. a tracking code in capitals). */
    public static SlidingWindow perKey(int max, Duration window, Clock clock, UnaryOperator<String> normalize) {
        return new SlidingWindow(max, window, clock, normalize);
    }

    private String key(String raw) {
        return raw == null ? "" : bounded(keyOf.apply(raw));
    }

    /** Keys longer than this are kept as their digest. */
    static final int LONGEST_KEY = 64;

    /**
     * A key as a throttle keeps it: as it is when short, else its SHA-256. What a client sends (a
     * tracking code, a user name) may be megabytes long, and every throttle remembers it for its
     * window: kept whole, a few dozen posts filled the heap (security review). The same text always
     * gives the same key, so the count stays right; a digest (65 characters) is longer than any key kept
     * as it is, so the two never meet.
     */
    public static String bounded(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "#" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    /** One event a window counted, to be {@linkplain #release given back} if what it stood for did not happen. */
    public record Permit(String key, Instant at) {
    }

    /** Counts one event for {@code key}; empty (and nothing counted) when the key has used its allowance. */
    public java.util.Optional<Permit> acquire(String key) {
        Instant now = clock.instant();
        String k = key(key);
        boolean[] allowed = {false};
        events.asMap().compute(k, (ignored, times) -> {
            List<Instant> kept = new ArrayList<>();
            if (times != null) {
                times.stream().filter(t -> t.plus(window).isAfter(now)).forEach(kept::add);
            }
            if (kept.size() < max) {
                kept.add(now);
                allowed[0] = true;
            }
            return List.copyOf(kept);
        });
        return allowed[0] ? java.util.Optional.of(new Permit(k, now)) : java.util.Optional.empty();
    }

    /** Counts one event for {@code key} that is never given back; false when the key has used its allowance. */
    public boolean tryAcquire(String key) {
        return acquire(key).isPresent();
    }

    /**
     * Takes back the event {@code permit} counted (an attempt that did not happen after all), not another
     * attempt's: each event leaves the window at its own time.
     */
    public void release(Permit permit) {
        events.asMap().computeIfPresent(permit.key(), (k, times) -> {
            List<Instant> kept = new ArrayList<>(times);
            kept.remove(permit.at());
            return kept.isEmpty() ? null : List.copyOf(kept);
        });
    }
}
