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
}
