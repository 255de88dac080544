package org.zwgk.portal.requests;

import org.zwgk.portal.web.SlidingWindow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.time.Duration;

/**
 * Per client address (an IPv6 address by its /64, {@code web.SlidingWindow.perAddress}), a sliding hour: at most so many submitted requests,
 * and at most so many wrong code/secret pairs in the status lookup (so secrets cannot be guessed).
 * In memory and bounded, like the login throttle; a restart forgives.
 */
@ApplicationScoped
public class RequestThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final int submissions;
    private final SlidingWindow submitted;
    private final SlidingWindow failed;

    @Inject
    RequestThrottle(RequestsConfig config, Clock clock) {
        this(config.submissionsPerHour(), config.lookupFailuresPerHour(), clock);
    }

    RequestThrottle(int submissions, int lookupFailures, Clock clock) {
        this.submissions = submissions;
        this.submitted = SlidingWindow.perAddress(submissions, WINDOW, clock);
        this.failed = SlidingWindow.perAddress(lookupFailures, WINDOW, clock);
    }

    /**
     * Admits and counts one submission from this address, or refuses with 429 when it has submitted its
     * allowance this hour. Counted at once, so submissions posted together see each other; one that is
     * then not made (refused for its input) is {@linkplain #submissionNotMade taken back}.
     */
    public SlidingWindow.Permit admitSubmission(String address) {
        return submitted.acquire(address)
                .orElseThrow(() -> UserError.tooManyRequests(m -> Ysq.text().ysqTooManySubmissions(submissions)));
    }

    public void submissionNotMade(SlidingWindow.Permit admitted) {
        submitted.release(admitted);
    }

    /**
     * Admits one status lookup, counted as a failure until it {@linkplain #lookupSucceeded succeeds}:
     * wrong secrets posted together cannot all slip under the limit. 429 once it is used up.
     */
    public SlidingWindow.Permit admitLookup(String address) {
        return failed.acquire(address).orElseThrow(() -> UserError.tooManyRequests(m -> Ysq.text().ysqTooManyLookups()));
    }

    public void lookupSucceeded(SlidingWindow.Permit admitted) {
        failed.release(admitted);
    }
}
