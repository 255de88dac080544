package org.zwgk.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one action from many threads released together, as a double click, a script or a crowd sends
 * requests: what a check-then-act race needs to show itself. The answers come back in submission order.
 */
public final class AllAtOnce {

    private AllAtOnce() {
    }

    public static <T> List<T> run(int times, Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(times, 32));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : pending) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
