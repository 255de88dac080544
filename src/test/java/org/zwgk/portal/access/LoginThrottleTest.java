package org.zwgk.portal.access;

import org.junit.jupiter.api.Test;
import org.zwgk.portal.TestClock;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The login throttle's rules on a clock the test moves; no Quarkus. */
class LoginThrottleTest {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String A = "203.0.113.7";
    static final String B = "198.51.100.20";

    final TestClock clock = new TestClock();
    final LoginThrottle throttle = new LoginThrottle(5, WINDOW, LoginThrottle.FIRST_DELAY, 1_000, clock);

    void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.begin(name, address);
        }
    }

    @Test
    void fiveFailuresAreFreeThenThePairWaitsLongerAfterEachFailureUpToTheWindow() {
        fail("wang", A, 4);
        assertThat(throttle.waitFor("wang", A)).as("after 4 failures").isZero();
        fail("wang", A, 1);
        assertThat(throttle.waitFor("wang", A)).as("after 5").isEqualTo(Duration.ofSeconds(5));
        UserError refused = catchThrowableOfType(UserError.class, () -> throttle.requireAllowed("wang", A));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.message(messages())).isEqualTo("loginThrottledSeconds[5]");

        Duration expected = Duration.ofSeconds(5);
        for (int failure = 6; failure <= 13; failure++) {
            clock.advance(throttle.waitFor("wang", A));
            assertThatCode(() -> throttle.requireAllowed("wang", A)).as("allowed once the wait is over").doesNotThrowAnyException();
            throttle.begin("wang", A);
            expected = expected.multipliedBy(2).compareTo(WINDOW) > 0 ? WINDOW : expected.multipliedBy(2);
            assertThat(throttle.waitFor("wang", A)).as("wait after failure " + failure).isEqualTo(expected);
        }
        assertThat(expected).as("the delay reached its cap").isEqualTo(WINDOW);
        assertThat(catchThrowableOfType(UserError.class, () -> throttle.requireAllowed("wang", A)).message(messages()))
                .isEqualTo("loginThrottled[15]");
    }

    @Test
    void failuresFromOneAddressNeverDelayTheSameNameFromAnother() {
        fail("wang", A, 5);
        for (int i = 0; i < 3; i++) {
            clock.advance(throttle.waitFor("wang", A));
            throttle.begin("wang", A);
        }
        assertThat(throttle.waitFor("wang", A)).isPositive();
        assertThat(throttle.waitFor("wang", B)).as("the owner at another address").isZero();
        assertThatCode(() -> throttle.requireAllowed("wang", B)).doesNotThrowAnyException();
        assertThat(throttle.waitFor("li", A)).as("another name from the attacking address").isZero();
    }

    @Test
    void namesAreComparedWithoutCaseOrSurroundingSpace() {
        fail("Wang", A, 3);
        fail(" wang ", A, 2);
        assertThat(throttle.waitFor("WANG", A)).isPositive();
    }

    @Test
    void anAddressGetsTwentyFailuresOverAllNamesInTheWindow() {
        for (int i = 0; i < 20; i++) {
            fail("name-" + i, A, 1);
        }
        assertThat(throttle.waitFor("name-20", A)).as("a 21st name from the same address").isEqualTo(WINDOW);
        assertThat(throttle.waitFor("name-20", B)).isZero();
        clock.advance(WINDOW.plusSeconds(1));
        assertThat(throttle.waitFor("name-20", A)).as("the window has passed").isZero();
    }

    @Test
    void aWholeIpv6Slash64CountsAsOneAddress() {
        // one subscriber holds the /64: each of its addresses starting afresh would make the limit none
        for (int i = 0; i < 20; i++) {
            fail("name-" + i, "2001:db8:1:1::" + Integer.toHexString(i + 1), 1);
        }
        assertThat(throttle.waitFor("name-20", "2001:db8:1:1:ffff::99")).as("another address of the same /64").isEqualTo(WINDOW);
        assertThat(throttle.waitFor("name-20", "2001:db8:1:2::1")).as("the next /64").isZero();
    }

    @Test
    void aNameGuessedFromManyAddressesGetsOneGuessPerAddressAndItsOwnerIsNeverKeptOut() {
        for (int i = 0; i < 20; i++) {
            fail("wang", "10.0.0." + i, 1);
        }
        // a guessing address that failed on the name before waits, doubling up to a minute
        assertThat(throttle.waitFor("wang", "10.0.0.0")).as("the 21st guess, from an address that guessed").isEqualTo(Duration.ofSeconds(5));
        Duration expected = Duration.ofSeconds(5);
        for (int i = 0; i < 6; i++) {
            clock.advance(throttle.waitFor("wang", "10.0.0.1"));
            fail("wang", "10.0.0.1", 1);
            expected = expected.multipliedBy(2).compareTo(LoginThrottle.NAME_MAX_DELAY) > 0 ? LoginThrottle.NAME_MAX_DELAY
                    : expected.multipliedBy(2);
            assertThat(throttle.waitFor("wang", "10.0.0.2")).isEqualTo(expected);
        }
        assertThat(expected).isEqualTo(LoginThrottle.NAME_MAX_DELAY);
        // an address that has not failed on the name (its owner's) is not delayed by the guessing, however much of it
        assertThat(throttle.waitFor("wang", "10.0.9.9")).as("the owner's address").isZero();
        assertThat(throttle.waitFor("li", "10.0.0.1")).as("other names are not slowed").isZero();
        throttle.succeeded("wang", "10.0.9.9");
        assertThat(throttle.waitFor("wang", "10.0.0.2")).as("the owner's right password starts the name afresh").isZero();
    }

    @Test
    void theRightPasswordStartsThePairAfreshAndTheWindowForgets() {
        fail("wang", A, 5);
        throttle.succeeded("wang", A);
        assertThat(throttle.waitFor("wang", A)).isZero();
        fail("wang", A, 4);
        assertThat(throttle.waitFor("wang", A)).as("the count started again").isZero();

        fail("zhao", A, 5);
        assertThat(throttle.waitFor("zhao", A)).isPositive();
        clock.advance(WINDOW.plusSeconds(1));
        fail("zhao", A, 4);
        assertThat(throttle.waitFor("zhao", A)).as("failures older than the window are forgotten").isZero();
    }

    @Test
    void checksPostedSideBySideSeeEachOther() throws Exception {
        // 60 logins posted at once for one name from one address: only the free five reach the password check
        List<Boolean> admitted = org.zwgk.portal.AllAtOnce.run(60, () -> {
            try {
                throttle.begin("wang", A);
                return true;
            } catch (UserError refused) {
                assertThat(refused.status()).isEqualTo(429);
                return false;
            }
        });
        assertThat(admitted).filteredOn(ok -> ok).hasSize(5);
    }

    @Test
    void rightPasswordsDoNotCountAgainstAnAddressThatManyStaffShare() {
        // a town hall's gateway: 200 people log in, each with the right password, from one address
        for (int i = 0; i < 200; i++) {
            throttle.succeeded(throttle.begin("staff-" + i, A));
        }
        assertThat(throttle.waitFor("staff-200", A)).isZero();
    }

    @Test
    void memoryIsBoundedBySizeAndForgottenAfterTheWindow() {
        for (int i = 0; i < 5_000; i++) {
            throttle.begin("user-" + i, "10.0." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.size()).as("at most 1,000 pairs, 1,000 addresses and 1,000 names").isLessThanOrEqualTo(3_000);
        clock.advance(WINDOW.plusSeconds(1));
        assertThat(throttle.size()).as("nothing kept once the window has passed").isZero();
    }

    @Test
    void aMegabyteTypedAsANameIsThrottledAsAnyNameButNotKept() {
        String huge = "Wang".repeat(250_000);
        fail(huge, A, 5);
        assertThat(throttle.waitFor(huge, A)).as("the same name, however long").isEqualTo(LoginThrottle.FIRST_DELAY);
        assertThat(throttle.waitFor(huge.toLowerCase(java.util.Locale.ROOT) + " ", A)).as("as typed in other case, with a space").isEqualTo(LoginThrottle.FIRST_DELAY);
        assertThat(throttle.waitFor(huge + "x", A)).as("a name one letter longer is another name").isZero();
        // kept whole, a few dozen such posts filled a 2 GB heap (security review)
        assertThat(throttle.nameCharacters()).isLessThanOrEqualTo(2 * 65);
    }

    /** Messages that answer with the key and its arguments, to see which message a refusal carries. */
    static Messages messages() {
        return (Messages) Proxy.newProxyInstance(Messages.class.getClassLoader(), new Class<?>[]{Messages.class},
                (proxy, method, args) -> method.getName() + Arrays.toString(args));
    }
}
