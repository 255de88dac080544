package org.zwgk.portal.requests;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Per client address ({@code web.ClientAddress}), a sliding hour: at most so many submitted requests,
 * and at most so many wrong code/secret pairs in the status lookup (so secrets cannot be guessed).
 * In memory and bounded, like the login throttle; a restart forgives.
 */
@ApplicationScoped
public class RequestThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    static final long MAX_KEYS = 100_000;

    private final int submissions;
    private final int lookupFailures;
    private final Clock clock;
    private final Cache<String, List<Instant>> submitted;
    private final Cache<String, List<Instant>> failed;

    @Inject
    RequestThrottle(RequestsConfig config, Clock clock) {
        this(config.submissionsPerHour(), config.lookupFailuresPerHour(), clock);
    }

    RequestThrottle(int submissions, int lookupFailures, Clock clock) {
        this.submissions = submissions;
        this.lookupFailures = lookupFailures;
        this.clock = clock;
        this.submitted = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(WINDOW).build();
        this.failed = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(WINDOW).build();
    }

    /** Refuses with 429 when this address has submitted its allowance this hour. */
    public void requireSubmissionAllowed(String address) {
        if (recent(submitted, address).size() >= submissions) {
            throw UserError.tooManyRequests(m -> Ysq.text().ysqTooManySubmissions(submissions));
        }
    }

    public void submittedFrom(String address) {
        add(submitted, address, submissions);
    }

    public void requireLookupAllowed(String address) {
        if (recent(failed, address).size() >= lookupFailures) {
            throw UserError.tooManyRequests(m -> Ysq.text().ysqTooManyLookups());
        }
    }

    public void lookupFailed(String address) {
        add(failed, address, lookupFailures);
    }

    private List<Instant> recent(Cache<String, List<Instant>> cache, String address) {
        Instant since = clock.instant().minus(WINDOW);
        List<Instant> times = cache.getIfPresent(address);
        return times == null ? List.of() : times.stream().filter(t -> t.isAfter(since)).toList();
    }

    private void add(Cache<String, List<Instant>> cache, String address, int keep) {
        Instant now = clock.instant();
        cache.asMap().compute(address, (k, times) -> {
            List<Instant> kept = new ArrayList<>();
            if (times != null) {
                times.stream().filter(t -> t.isAfter(now.minus(WINDOW))).forEach(kept::add);
            }
            kept.add(now);
            return List.copyOf(kept.subList(Math.max(0, kept.size() - keep), kept.size()));
        });
    }
}
