package org.claimlens.analysis.learning;

/** The fitted weights of a logistic regression over hashed slots, read through the logistic function. */
public record LinearWeights(float[] weights, double bias) {

    /** The probability of the positive class. */
    public double score(SparseVector vector) {
        return 1 / (1 + Math.exp(-(vector.dot(weights) + bias)));
    }
}
