package org.zwgk.portal.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock that time-driven code asks for "now" (the scheduled publisher, session expiry, the
 * login throttle). Production uses the system clock; tests hand those classes a fixed or movable
 * clock instead of waiting for real time to pass.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
