package org.claimlens.analysis.checkworthiness;

import org.claimlens.analysis.learning.TrainingSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckWorthinessTrainingTest {

    private static final List<LabelledSentence> TOY = List.of(
            new LabelledSentence("1", "Taxes rose by 20 percent in 2019.", true),
            new LabelledSentence("2", "The deficit doubled to $400 billion.", true),
            new LabelledSentence("3", "Crime fell 12 percent in three years.", true),
            new LabelledSentence("4", "We created 2 million jobs last year.", true),
            new LabelledSentence("5", "Thank you, it is good to be here.", false),
            new LabelledSentence("6", "I think we can do better.", false),
            new LabelledSentence("7", "Let me finish, please.", false),
            new LabelledSentence("8", "What would you do about it?", false));

    private static final FeatureSettings FEATURES = new FeatureSettings(2, 3, 4, true, 14);

    @Test
    void separatesASeparableToySet() {
        Approach approach = new Approach("toy", FEATURES, new TrainingSettings(1e-5, 1, 0.1, 30, 7));
        SentenceFeatures features = new SentenceFeatures(FEATURES);

        LinearModel model = CheckWorthinessTraining.train(approach, new LabelledVectors(TOY, features));

        for (LabelledSentence sentence : TOY) {
            double score = model.score(features.of(sentence.text()));
            assertThat(score >= 0.5).as("%s scored %.3f", sentence.text(), score).isEqualTo(sentence.checkWorthy());
        }
    }

    @Test
    void theThresholdMaximisesYesF1OnHeldOutScores() {
        boolean[] gold = {true, true, false, true, false, false};
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.3, 0.1};

        double threshold = ThresholdChoice.best(gold, scores);

        assertThat(threshold).isEqualTo(0.45, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(YesClassScore.of(gold, scores, threshold).f1()).isEqualTo(6.0 / 7);
    }
}
