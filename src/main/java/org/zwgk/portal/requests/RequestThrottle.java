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

    /** Refuses with 429 when this address has submitted its allowance this hour. */
    public void requireSubmissionAllowed(String address) {
        if (submitted.exhausted(address)) {
            throw UserError.tooManyRequests(m -> Ysq.text().ysqTooManySubmissions(submissions));
        }
    }

    public void submittedFrom(String address) {
        submitted.record(address);
    }

    public void requireLookupAllowed(String address) {
        if (failed.exhausted(address)) {
            throw UserError.tooManyRequests(m -> Ysq.text().ysqTooManyLookups());
        }
    }

    public void lookupFailed(String address) {
        failed.record(address);
    }
}
