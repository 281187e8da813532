package org.claimlens.bench.load;

import java.util.List;
import java.util.stream.LongStream;

/**
 * What one closed-loop run did: documents accepted, wall time, failed operations (with the first reason) and the
 * latency of every successful operation in nanoseconds.
 */
public record LoadResult(long documents, double seconds, int failures, String firstFailure, long[] latencyNanos) {

    public double documentsPerSecond() {
        return documents / seconds;
    }

    public Latency latency() {
        return Latency.ofNanos(latencyNanos);
    }

    /** The latency samples of several runs taken together. */
    public static Latency pooledLatency(List<LoadResult> runs) {
        return Latency.ofNanos(runs.stream().flatMapToLong(r -> LongStream.of(r.latencyNanos())).toArray());
    }

    @Override
    public String toString() {
        return String.format("%d documents in %.2f s (%d failures)", documents, seconds, failures);
    }
}
