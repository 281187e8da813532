package org.claimlens.analysis.checkworthiness;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class CheckWorthinessScorerTest {

    private static final String CHECKABLE = "Unemployment fell to 3.5 percent last year, the lowest in 50 years.";
    private static final String CHATTER = "Thank you all for coming tonight.";

    private final CheckWorthinessScorer scorer = CheckWorthinessScorer.shipped();

    @Test
    void theShippedModelRanksAStatisticAboveSmallTalk() {
        assertThat(scorer.score(CHECKABLE)).isGreaterThan(scorer.score(CHATTER));
        assertThat(scorer.classify(CHECKABLE)).isEqualTo(CheckWorthiness.CHECK_WORTHY);
        assertThat(scorer.classify(CHATTER)).isEqualTo(CheckWorthiness.NOT_CHECK_WORTHY);
    }

    @Test
    void theShippedModelSaysWhatItWasTrainedOn() {
        assertThat(scorer.threshold()).isBetween(0.0, 1.0);
        assertThat(scorer.provenance()).contains("trained on", "CheckThat! 2024", "dev Yes-class");
    }

    @Test
    void scoresAreProbabilitiesEvenForEmptyText() {
        assertThat(scorer.score("")).isBetween(0.0, 1.0);
        assertThat(scorer.score("???")).isBetween(0.0, 1.0);
    }

    @Test
    void scoringASentenceCostsMicroseconds() {
        for (int i = 0; i < 2_000; i++) {
            scorer.score(CHECKABLE);
        }
        int runs = 10_000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            scorer.score(i % 2 == 0 ? CHECKABLE : CHATTER);
        }
        double micros = (System.nanoTime() - start) / 1e3 / runs;
        // Generous bound for a shared build machine; the evaluate command reports the real figure.
        assertThat(micros).isLessThan(500);
    }

    @Test
    void aWrittenModelReadsBackWithTheSameScores() throws Exception {
        FeatureSettings features = new FeatureSettings(2, 0, 0, true, 12);
        float[] weights = new float[features.slots()];
        weights[5] = 0.25f;
        weights[77] = -1.5f;
        LinearModel model = new LinearModel(features, weights, -0.3, 0.42, "trained on nothing\nby hand");
        StringWriter text = new StringWriter();

        ModelFile.write(model, text);
        LinearModel read = ModelFile.read(new BufferedReader(new StringReader(text.toString())));

        assertThat(read.weights()).containsExactly(weights);
        assertThat(read.bias()).isEqualTo(-0.3);
        assertThat(read.threshold()).isEqualTo(0.42);
        assertThat(read.features()).isEqualTo(features);
        assertThat(read.provenance()).isEqualTo("trained on nothing\nby hand");
    }
}
