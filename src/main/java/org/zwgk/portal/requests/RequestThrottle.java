package org.zwgk.portal.requests;

import org.zwgk.portal.web.ClientAddress;
import org.zwgk.portal.web.SlidingWindow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.time.Duration;

/**
 * Per client address ({@code web.ClientAddress}), a sliding hour: at most so many submitted requests,
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
        this.submitted = new SlidingWindow(submissions, WINDOW, clock);
        this.failed = new SlidingWindow(lookupFailures, WINDOW, clock);
    }

    /** Refuses with 429 when this address has submitted its allowance this hour. */
    public void requireSubmissionAllowed(String address) {
        if (submitted.exhausted(ClientAddress.network(address))) {
            throw UserError.tooManyRequests(m -> Ysq.text().ysqTooManySubmissions(submissions));
        }
    }

    public void submittedFrom(String address) {
        submitted.record(ClientAddress.network(address));
    }

    public void requireLookupAllowed(String address) {
        if (failed.exhausted(ClientAddress.network(address))) {
            throw UserError.tooManyRequests(m -> Ysq.text().ysqTooManyLookups());
        }
    }

    public void lookupFailed(String address) {
        failed.record(ClientAddress.network(address));
    }
}
