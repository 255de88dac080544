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
     * Comments and interview questions one address may send in {@link #sendWindow}, counted apart from letters:
     * they are moderated before anyone sees them, and an office, a school or a mobile network puts many citizens
     * behind one address (browser walk: a comment and four survey answers blocked a question at five for
     * everything). A survey's answers, counted unmoderated, keep {@link #sendsPerAddress} in a window of their own.
     */
    @WithDefault("30")
    int contributionsPerAddress();
}
