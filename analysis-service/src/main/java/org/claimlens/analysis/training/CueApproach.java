package org.claimlens.analysis.training;

import org.claimlens.analysis.extraction.CueFeatures;
import org.claimlens.analysis.learning.TrainingSettings;

import java.util.List;

/**
 * One named combination of cue features and training settings that {@link AttributionTraining} compares on dev;
 * {@code minCount} is how many training tokens must touch a feature slot for it to be learnt at all.
 */
record CueApproach(String name, CueFeatures features, TrainingSettings training, int minCount) {

    private static final long SEED = 20181105L;

    static final List<CueApproach> ALL = List.of(
            new CueApproach("window=1 bits=18 min=3", new CueFeatures(1, 18), training(1e-6, 1, 5), 3),
            new CueApproach("window=2 bits=18 min=5", new CueFeatures(2, 18), training(1e-6, 1, 5), 5),
            new CueApproach("window=1 bits=18 min=10", new CueFeatures(1, 18), training(1e-6, 1, 5), 10),
            new CueApproach("window=1 bits=16 min=3", new CueFeatures(1, 16), training(1e-6, 1, 5), 3),
            new CueApproach("window=1 bits=18 min=3 positives*2", new CueFeatures(1, 18), training(1e-6, 2, 5), 3));

    private static TrainingSettings training(double l2, double positiveWeight, int epochs) {
        return new TrainingSettings(l2, positiveWeight, 0.1, epochs, SEED);
    }
}
