package org.claimlens.bench.load;

import java.util.Arrays;

/** Percentiles of a sample: nearest rank for latency tails, the usual midpoint median for small series. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The smallest value with at least {@code fraction} of the sample at or below it (nearest-rank method), so a p99
     * is always a value that was observed. {@code sorted} must be in ascending order and not empty.
     */
    public static long nearestRank(long[] sorted, double fraction) {
        requireSample(sorted.length, fraction);
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The middle value, or the mean of the two middle values of an even-sized sample; in any order. */
    public static double median(double[] values) {
        requireSample(values.length, 0.5);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void requireSample(int size, double fraction) {
        if (size == 0) {
            throw new IllegalArgumentException("percentile of an empty sample");
        }
        if (fraction <= 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
        }
    }
}
