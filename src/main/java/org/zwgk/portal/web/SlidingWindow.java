package org.zwgk.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * At most {@code max} events per key in any {@code window}, in memory and bounded (a restart forgives,
 * as the login throttle does): the limits on citizens' messages and 依申请公开 requests, per address or
 * per tracking code.
 */
public final class SlidingWindow {

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, List<Instant>> events;

    public SlidingWindow(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
        this.events = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(window).build();
    }

    /** Counts one event for {@code key}; false (and nothing counted) when the key has used its allowance. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        boolean[] allowed = {false};
        events.asMap().compute(key == null ? "" : key, (k, times) -> {
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
        return allowed[0];
    }

    /** Whether {@code key} has used its allowance in the window (counts nothing). */
    public boolean exhausted(String key) {
        Instant now = clock.instant();
        java.util.List<Instant> times = events.getIfPresent(key == null ? "" : key);
        return times != null && times.stream().filter(t -> t.plus(window).isAfter(now)).count() >= max;
    }

    /** Counts one event for {@code key}, keeping at most the allowance's worth. */
    public void record(String key) {
        Instant now = clock.instant();
        events.asMap().compute(key == null ? "" : key, (k, times) -> {
            List<Instant> kept = new ArrayList<>();
            if (times != null) {
                times.stream().filter(t -> t.plus(window).isAfter(now)).forEach(kept::add);
            }
            kept.add(now);
            return List.copyOf(kept.subList(Math.max(0, kept.size() - max), kept.size()));
        });
    }
}
