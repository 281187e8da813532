package org.claimlens.bench.load;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();

    @Test
    void nearestRankPercentilesAreObservedValues() {
        assertThat(Percentiles.nearestRank(ONE_TO_HUNDRED, 0.50)).isEqualTo(50);
        assertThat(Percentiles.nearestRank(ONE_TO_HUNDRED, 0.99)).isEqualTo(99);
        assertThat(Percentiles.nearestRank(ONE_TO_HUNDRED, 1.0)).isEqualTo(100);
        assertThat(Percentiles.nearestRank(new long[] {7, 9, 30}, 0.99)).isEqualTo(30);
        assertThat(Percentiles.nearestRank(new long[] {7}, 0.5)).isEqualTo(7);
    }

    @Test
    void theP99OfASmallSampleIsItsMaximum() {
        long[] tenSamples = LongStream.rangeClosed(1, 10).toArray();
        assertThat(Percentiles.nearestRank(tenSamples, 0.99)).isEqualTo(10);
        assertThat(Percentiles.nearestRank(tenSamples, 0.50)).isEqualTo(5);
    }

    @Test
    void medianAveragesTheTwoMiddleValuesOfAnEvenSample() {
        assertThat(Percentiles.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Percentiles.median(new double[] {0.9, 0.2, 0.5})).isEqualTo(0.5);
    }

    @Test
    void anEmptySampleHasNoPercentile() {
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[0], 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(ONE_TO_HUNDRED, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latencyIsReportedInMillisecondsFromUnsortedNanoseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000).toArray();

        Latency latency = Latency.ofNanos(nanos);

        assertThat(latency.count()).isEqualTo(100);
        assertThat(latency.p50Ms()).isEqualTo(50.0);
        assertThat(latency.p99Ms()).isEqualTo(99.0);
        assertThat(latency.maxMs()).isEqualTo(100.0);
        assertThat(latency.meanMs()).isEqualTo(50.5);
    }
}
