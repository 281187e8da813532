package org.claimlens.analysis.learning;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LogisticRegressionTest {

    private static final int BITS = 10;

    @Test
    void learnsWhichFeatureMarksThePositives() {
        SparseVector[] vectors = {vector("said", "x"), vector("said", "y"), vector("ate", "x"), vector("ate", "y")};
        boolean[] gold = {true, true, false, false};

        LinearWeights fitted = new LogisticRegression(new TrainingSettings(1e-5, 1, 0.1, 30, 7))
                .train(vectors, gold, 1 << BITS);

        assertThat(fitted.score(vector("said", "z"))).isGreaterThan(0.5);
        assertThat(fitted.score(vector("ate", "z"))).isLessThan(0.5);
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        SparseVector[] vectors = {vector("a", "b"), vector("b", "c"), vector("c", "d")};
        boolean[] gold = {true, false, true};
        LogisticRegression trainer = new LogisticRegression(new TrainingSettings(1e-5, 1, 0.1, 5, 7));

        assertThat(trainer.train(vectors, gold, 1 << BITS).weights())
                .containsExactly(trainer.train(vectors, gold, 1 << BITS).weights());
    }

    @Test
    void hashedCountsAreSortedByteForByteStable() {
        FeatureHashing hashing = new FeatureHashing();
        hashing.add("w=said");
        hashing.add("w=said");
        hashing.add("p=VBD");

        SparseVector counts = hashing.toVector(BITS, false);

        assertThat(counts.indices()).isSorted().hasSize(2);
        assertThat(counts.values()).containsExactlyInAnyOrder(2f, 1f);
        assertThat(FeatureHashing.hash("w=said")).isEqualTo(FeatureHashing.hash(new StringBuilder("w=said")));
    }

    @Test
    void aWrittenFileReadsBackItsHeaderAndWeights() throws Exception {
        float[] weights = new float[16];
        weights[3] = 0.5f;
        weights[9] = -2f;
        weights[11] = 1e-5f;
        Map<String, List<String>> header = new LinkedHashMap<>();
        header.put("features", List.of("bits=4", "window=2"));
        header.put("bias", List.of("-0.25"));
        StringWriter text = new StringWriter();

        WeightsFile.write(text, "made by hand\nfor a test", header, weights);
        WeightsFile read = WeightsFile.read(new BufferedReader(new StringReader(text.toString())));

        assertThat(read.provenance()).isEqualTo("made by hand\nfor a test");
        assertThat(read.settings("features")).containsEntry("bits", "4").containsEntry("window", "2");
        assertThat(read.field("bias")).isEqualTo("-0.25");
        float[] expected = weights.clone();
        expected[11] = 0;
        assertThat(read.weights(16)).containsExactly(expected);
    }

    private static SparseVector vector(String... features) {
        FeatureHashing hashing = new FeatureHashing();
        for (String feature : features) {
            hashing.add(feature);
        }
        return hashing.toVector(BITS, true);
    }
}
