package org.claimlens.analysis.checkworthiness;

import org.claimlens.analysis.learning.TrainingSettings;

import java.util.List;

/** One named combination of features and training settings that {@link CheckWorthinessTraining} compares on dev. */
record Approach(String name, FeatureSettings features, TrainingSettings training) {

    private static final long SEED = 20240501L;

    private static final FeatureSettings WORDS = new FeatureSettings(1, 0, 0, false, 18);
    private static final FeatureSettings BIGRAMS = new FeatureSettings(2, 0, 0, false, 18);
    private static final FeatureSettings BIGRAMS_CUES = new FeatureSettings(2, 0, 0, true, 18);
    private static final FeatureSettings ALL = new FeatureSettings(2, 3, 5, true, 18);

    static final List<Approach> ALL_APPROACHES = List.of(
            new Approach("unigrams", WORDS, training(1e-5, 1)),
            new Approach("uni+bigrams", BIGRAMS, training(1e-5, 1)),
            new Approach("uni+bigrams yes*2", BIGRAMS, training(1e-5, 2)),
            new Approach("uni+bigrams+cues", BIGRAMS_CUES, training(1e-5, 1)),
            new Approach("uni+bigrams+cues l2=1e-4", BIGRAMS_CUES, training(1e-4, 1)),
            new Approach("words+chars3-5+cues", ALL, training(1e-5, 1)),
            new Approach("words+chars3-5+cues yes*2", ALL, training(1e-5, 2)),
            new Approach("words+chars3-5+cues l2=1e-4", ALL, training(1e-4, 1)),
            new Approach("words+chars3-5+cues l2=1e-6", ALL, training(1e-6, 1)));

    private static TrainingSettings training(double l2, double positiveWeight) {
        return new TrainingSettings(l2, positiveWeight, 0.1, 10, SEED);
    }
}
