package org.claimlens.analysis.checkworthiness;

import org.claimlens.analysis.learning.SparseVector;

/**
 * A trained check-worthiness classifier: hashed feature weights and a bias read through a logistic function, and the
 * score from which a sentence counts as check-worthy. {@code provenance} says what it was trained on and how.
 */
record LinearModel(FeatureSettings features, float[] weights, double bias, double threshold, String provenance) {

    double score(SparseVector vector) {
        return 1 / (1 + Math.exp(-(vector.dot(weights) + bias)));
    }

    LinearModel withThreshold(double chosen, String newProvenance) {
        return new LinearModel(features, weights, bias, chosen, newProvenance);
    }
}
