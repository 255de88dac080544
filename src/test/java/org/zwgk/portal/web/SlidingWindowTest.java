package org.zwgk.portal.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttles' window, by key: what a client sends counts however long it is, and is not kept whole. */
class SlidingWindowTest {

    @Test
    void aMegabyteKeyCountsAsItselfAndIsKeptAsADigest() {
        SlidingWindow codes = SlidingWindow.perKey(2, Duration.ofHours(1), Clock.systemUTC(), c -> c.strip().toUpperCase(Locale.ROOT));
        String huge = "ysq".repeat(300_000);
        assertThat(codes.acquire(huge)).isPresent();
        assertThat(codes.acquire(" " + huge)).as("the same code as typed differently").isPresent();
        assertThat(codes.acquire(huge)).as("its allowance used up").isEmpty();
        assertThat(codes.acquire(huge + "X")).as("another code").isPresent();
        assertThat(codes.acquire("YSQ2026-AC3G-2C3X")).isPresent().get()
                .extracting(SlidingWindow.Permit::key).isEqualTo("YSQ2026-AC3G-2C3X");
        assertThat(codes.acquire(huge + "Y")).get().extracting(p -> p.key().length()).as("what is kept of it").isEqualTo(65);
    }
}
