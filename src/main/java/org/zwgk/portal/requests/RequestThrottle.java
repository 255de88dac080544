package org.zwgk.portal.requests;

import org.zwgk.portal.web.SlidingWindow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.time.Duration;

/**
 * Per client address (an IPv6 address by its /64, {@code web.SlidingWindow.perAddress}), a sliding hour: at most so many submitted requests.
 * The status lookup follows the one rule of look-ups by code and secret, {@link org.zwgk.portal.web.LookupThrottle},
 * shared with the messages. In memory and bounded, like the login throttle; a restart forgives.
 */
@ApplicationScoped
public class RequestThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final int submissions;
    private final SlidingWindow submitted;

    @Inject
    RequestThrottle(RequestsConfig config, Clock clock) {
        this(config.submissionsPerHour(), clock);
    }

    RequestThrottle(int submissions, Clock clock) {
        this.submissions = submissions;
        this.submitted = SlidingWindow.perAddress(submissions, WINDOW, clock);
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
}
