package org.zwgk.portal.messages;

import org.zwgk.portal.web.FormTokens;
import org.zwgk.portal.web.SlidingWindow;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The anti-flood pieces on a clock the test moves: the signed form token and the sliding windows. */
class AbuseLimitsTest {

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void aFormTokenIsRefusedTooSoonTooLateTamperedOrTwice() {
        MovingClock clock = new MovingClock();
        FormTokens tokens = new FormTokens(Duration.ofSeconds(5), Duration.ofHours(6), clock);
        String token = tokens.issue();
        assertThat(tokens.spend(token)).isEqualTo(FormTokens.Verdict.TOO_FAST);
        clock.advance(Duration.ofSeconds(5));
        String forged = (Long.parseLong(token.substring(0, token.indexOf('.'))) - 60_000) + token.substring(token.indexOf('.'));
        assertThat(tokens.spend(forged)).as("an earlier time with the old signature").isEqualTo(FormTokens.Verdict.INVALID);
        assertThat(tokens.spend("garbage")).isEqualTo(FormTokens.Verdict.INVALID);
        assertThat(tokens.spend(null)).isEqualTo(FormTokens.Verdict.INVALID);
        assertThat(tokens.spend(token)).isEqualTo(FormTokens.Verdict.OK);
        assertThat(tokens.spend(token)).as("one form, one message").isEqualTo(FormTokens.Verdict.USED);
        String old = tokens.issue();
        clock.advance(Duration.ofHours(7));
        assertThat(tokens.spend(old)).isEqualTo(FormTokens.Verdict.EXPIRED);
        FormTokens otherProcess = new FormTokens(Duration.ofSeconds(5), Duration.ofHours(6), clock);
        String fresh = tokens.issue();
        clock.advance(Duration.ofSeconds(10));
        assertThat(otherProcess.spend(fresh)).as("signed with another key").isEqualTo(FormTokens.Verdict.INVALID);
    }

    @Test
    void aFormShownAgainForWhatWasTypedKeepsItsTokenSoTheWaitCountsFromTheFirstPage() {
        MovingClock clock = new MovingClock();
        FormTokens tokens = new FormTokens(Duration.ofSeconds(5), Duration.ofHours(6), clock);
        String first = tokens.issue();
        clock.advance(Duration.ofSeconds(20));
        // refused for a missing field: the page comes back with the same token, and the mended form goes at once
        String again = tokens.renew(first);
        assertThat(again).isEqualTo(first);
        assertThat(tokens.spend(again)).isEqualTo(FormTokens.Verdict.OK);
        assertThat(tokens.renew(first)).as("a spent token is not given out again").isNotEqualTo(first);
        assertThat(tokens.renew("garbage")).isNotEqualTo("garbage");
        String old = tokens.issue();
        clock.advance(Duration.ofHours(7));
        assertThat(tokens.renew(old)).as("an expired form gets a fresh token").isNotEqualTo(old);
    }

    @Test
    void aSlidingWindowAllowsItsQuotaPerKeyAndForgetsWithTime() {
        MovingClock clock = new MovingClock();
        SlidingWindow w = SlidingWindow.perAddress(3, Duration.ofHours(1), clock);
        assertThat(w.tryAcquire("203.0.113.7")).isTrue();
        assertThat(w.tryAcquire("203.0.113.7")).isTrue();
        assertThat(w.tryAcquire("203.0.113.7")).isTrue();
        assertThat(w.tryAcquire("203.0.113.7")).isFalse();
        assertThat(w.tryAcquire("203.0.113.8")).as("another address is not punished").isTrue();
        clock.advance(Duration.ofMinutes(61));
        assertThat(w.tryAcquire("203.0.113.7")).isTrue();
    }

    @Test
    void aPermitGivenBackTakesOutItsOwnEventNotAnotherAttempts() {
        MovingClock clock = new MovingClock();
        SlidingWindow w = SlidingWindow.perAddress(2, Duration.ofHours(1), clock);
        SlidingWindow.Permit first = w.acquire("203.0.113.7").orElseThrow();
        clock.advance(Duration.ofMinutes(30));
        assertThat(w.tryAcquire("203.0.113.7")).isTrue(); // another attempt, still in flight
        w.release(first);
        clock.advance(Duration.ofMinutes(10));
        assertThat(w.tryAcquire("203.0.113.7")).isTrue();
        // 65 minutes after the first: the events left are those of 30 and 40 minutes, both still counted
        clock.advance(Duration.ofMinutes(25));
        assertThat(w.tryAcquire("203.0.113.7")).isFalse();
    }

    @Test
    void anAddressWindowCountsAnIpv6SubscriberOnceWhicheverOfItsAddressesItUses() {
        SlidingWindow w = SlidingWindow.perAddress(2, Duration.ofHours(1), new MovingClock());
        assertThat(w.tryAcquire("2001:db8:1:1::1")).isTrue();
        assertThat(w.tryAcquire("2001:db8:1:1:ffff::2")).isTrue();
        assertThat(w.tryAcquire("2001:db8:1:1::3")).as("a third address of the same /64 finds the allowance used").isFalse();
        assertThat(w.tryAcquire("2001:db8:1:2::1")).as("the next /64 is another subscriber").isTrue();
    }

    @Test
    void aCodeWindowCountsACodeHoweverItIsTyped() {
        SlidingWindow w = SlidingWindow.perKey(1, Duration.ofHours(1), new MovingClock(), c -> c.strip().toUpperCase());
        assertThat(w.tryAcquire("hd-abc")).isTrue();
        assertThat(w.tryAcquire(" HD-ABC ")).isFalse();
    }

    @Test
    void citizenTextCannotBecomeMarkupInThePublishedCopy() {
        assertThat(org.zwgk.portal.documents.LiteralMarkdown.of("# 标题\n<script>alert(1)</script> [链接](http://x) *强调*\n1. 列表"))
                .doesNotContain("<script>").startsWith("\\# 标题").contains("\\[链接\\]").contains("\\*强调\\*").contains("1\\. 列表");
    }
}
