package org.claimlens.query.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a list of requests from a fixed number of concurrent clients, each taking the next request as soon as its
 * last one answered, and reports latency percentiles. The first requests warm up and are not counted.
 */
final class LoadRunner {

    /** Latency in milliseconds and throughput of one run. */
    record Latency(int requests, double p50, double p90, double p99, double max, double mean, double perSecond) {
    }

    /** What one client does with request number {@code index}. */
    interface Client {
        void send(int index) throws Exception;
    }

    private final int clients;

    LoadRunner(int clients) {
        this.clients = clients;
    }

    Latency run(int warmUp, int measured, ClientFactory factory) throws Exception {
        runPhase(0, warmUp, factory);
        long started = System.nanoTime();
        long[] nanos = runPhase(warmUp, measured, factory);
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        return new Latency(nanos.length, millis(percentile(nanos, 0.50)), millis(percentile(nanos, 0.90)),
                millis(percentile(nanos, 0.99)), millis(nanos[nanos.length - 1]),
                millis((long) Arrays.stream(nanos).average().orElse(0)), nanos.length / seconds);
    }

    /** Makes one client per thread (a JDBC connection each, or a shared HTTP client). */
    interface ClientFactory {
        Client open() throws Exception;
    }

    private long[] runPhase(int first, int count, ClientFactory factory) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Object>> done = pool.invokeAll(java.util.Collections.nCopies(clients, () -> {
                Client client = factory.open();
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        client.send(first + i);
                        nanos[i] = System.nanoTime() - start;
                    }
                } finally {
                    if (client instanceof AutoCloseable closeable) {
                        closeable.close();
                    }
                }
                return null;
            }));
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return nanos;
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
