package org.zwgk.portal.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchGateTest {

    @Test
    void noMoreSearchesRunAtOnceThanItAllowsAndAllOfThemFinish() throws Exception {
        SearchGate gate = new SearchGate(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            answers.add(clients.submit(() -> gate.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(5);
                running.decrementAndGet();
                return n;
            })));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
        }
        clients.shutdown();
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aSearchThatWaitsTooLongIsTurnedAwayAndTheGateStaysUsable() throws Exception {
        SearchGate gate = new SearchGate(1, Duration.ofMillis(100));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> gate.run(() -> {
            inside.countDown();
            await(release);
            return null;
        }));
        slow.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> gate.run(() -> "never")).isInstanceOf(SearchGate.Busy.class);
        release.countDown();
        slow.join(5_000);
        assertThat(gate.run(() -> "answered")).isEqualTo("answered");
    }

    @Test
    void anExtraRunsOnlyWhileACoreIsFreeAndNeverWaits() throws Exception {
        SearchGate gate = new SearchGate(1, Duration.ofSeconds(5));
        assertThat(gate.ifFree(() -> "names", "words only")).isEqualTo("names");
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread search = new Thread(() -> gate.run(() -> {
            inside.countDown();
            await(release);
            return null;
        }));
        search.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        // the search holds the only core: the suggestion goes without its extra at once, not after the queue's 5 s
        assertThat(gate.ifFree(() -> "names", "words only")).isEqualTo("words only");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        release.countDown();
        search.join(5_000);
        assertThat(gate.ifFree(() -> "names", "words only")).isEqualTo("names");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
