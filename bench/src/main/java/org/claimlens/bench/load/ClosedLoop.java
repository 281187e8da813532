package org.claimlens.bench.load;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of workers, each starting the next operation as soon as its previous one finished (a closed loop,
 * like clients that wait for each answer). Failed operations are counted, not retried, and leave no latency sample.
 */
public final class ClosedLoop {

    /** Operation number {@code index}; returns how many documents it delivered. */
    @FunctionalInterface
    public interface Operation {
        int run(int index) throws Exception;
    }

    private ClosedLoop() {
    }

    public static LoadResult run(int workers, int operations, Operation operation) {
        long[] nanos = new long[operations];
        boolean[] succeeded = new boolean[operations];
        AtomicInteger next = new AtomicInteger();
        AtomicLong documents = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        try {
            List<Future<Object>> done = pool.invokeAll(Collections.nCopies(workers, () -> {
                for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                        documents.addAndGet(operation.run(i));
                        nanos[i] = System.nanoTime() - start;
                        succeeded[i] = true;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                }
                return null;
            }));
            for (Future<Object> worker : done) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("load run interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new LoadResult(documents.get(), seconds, failures.get(), firstFailure.get(),
                successful(nanos, succeeded));
    }

    private static long[] successful(long[] nanos, boolean[] succeeded) {
        int count = 0;
        for (boolean ok : succeeded) {
            count += ok ? 1 : 0;
        }
        long[] kept = new long[count];
        int k = 0;
        for (int i = 0; i < nanos.length; i++) {
            if (succeeded[i]) {
                kept[k++] = nanos[i];
            }
        }
        return kept;
    }
}
