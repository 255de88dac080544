package org.zwgk.portal.documents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.organizations.Organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IndexNumberAllocatorTest {

    @Inject
    IndexNumberAllocator allocator;

    @Test
    void concurrentPublishersNeverShareOrReuseANumber() throws Exception {
        Set<String> numbers = new ConcurrentSkipListSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            jobs.add(pool.submit(() -> numbers.add(QuarkusTransaction.requiringNew().call(() ->
                    allocator.allocate(Organization.findByCode("czj").orElseThrow(), 2031)))));
        }
        for (Future<?> job : jobs) {
            job.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(numbers).hasSize(40);
        assertThat(numbers).allMatch(n -> n.matches("KS0040002/2031-\\d{5}"));

        // serials continue from the highest one handed out; they never restart or fill gaps
        String next = QuarkusTransaction.requiringNew().call(() ->
                allocator.allocate(Organization.findByCode("czj").orElseThrow(), 2031));
        assertThat(next).isEqualTo("KS0040002/2031-00041");
    }
}
