package org.zwgk.portal.messages;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Abuse limits of the public message form and API, under {@code portal.messages.*}. */
@ConfigMapping(prefix = "portal.messages")
public interface MessageConfig {

    /** Messages one address may send in {@link #sendWindow}. */
    @WithDefault("5")
    int sendsPerAddress();

    @WithDefault("1h")
    Duration sendWindow();

    /**
     * The fewest seconds between the form being served and sent: a person needs longer than that to
     * type a message, a script that posts at once is refused (the time-based signed form token).
     */
    @WithDefault("5")
    int minFormSeconds();

    /** How long a served form stays valid. */
    @WithDefault("6h")
    Duration formLifetime();

    /** Look-ups, ratings and wrong secrets per tracking code in {@link #codeWindow}. */
    @WithDefault("20")
    int requestsPerCode();

    @WithDefault("1h")
    Duration codeWindow();

    /** Look-ups (right or wrong) one address may make in {@link #codeWindow}. */
    @WithDefault("60")
    int lookupsPerAddress();
}
