package org.claimlens.bench.load;

import java.util.Arrays;

/** Latency of a series of operations in milliseconds: nearest-rank p50 and p99, maximum and mean. */
public record Latency(int count, double p50Ms, double p99Ms, double maxMs, double meanMs) {

    public static Latency ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow(
                () -> new IllegalArgumentException("latency of no operations"));
        return new Latency(sorted.length, millis(Percentiles.nearestRank(sorted, 0.50)),
                millis(Percentiles.nearestRank(sorted, 0.99)), millis(sorted[sorted.length - 1]), millis(mean));
    }

    /** Rounded to microseconds: finer digits are noise on a shared machine. */
    private static double millis(double nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
