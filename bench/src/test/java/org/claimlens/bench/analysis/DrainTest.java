package org.claimlens.bench.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DrainTest {

    @Test
    void aLongLagSeriesIsThinnedEvenlyAndKeepsItsLastSample() {
        List<double[]> samples = new ArrayList<>();
        for (int second = 0; second <= 300; second++) {
            samples.add(new double[] {second, 300 - second});
        }

        List<double[]> thinned = Drain.evenlySpaced(samples, 12);

        assertThat(thinned).hasSizeLessThanOrEqualTo(13);
        assertThat(thinned.get(0)).containsExactly(0, 300);
        assertThat(thinned.get(1)[0]).isEqualTo(26);
        assertThat(thinned.get(thinned.size() - 1)).containsExactly(300, 0);
    }

    @Test
    void aShortSeriesStaysAsItIs() {
        List<double[]> samples = List.of(new double[] {0, 5}, new double[] {1, 0});

        assertThat(Drain.evenlySpaced(samples, 12)).containsExactlyElementsOf(samples);
    }
}
