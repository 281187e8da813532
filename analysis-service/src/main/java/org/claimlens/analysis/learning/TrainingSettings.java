package org.claimlens.analysis.learning;

/**
 * Hyper-parameters of {@link LogisticRegression}: L2 strength per example, the weight of a positive example
 * relative to a negative one, AdaGrad's base step, the number of passes and the shuffling seed.
 */
public record TrainingSettings(double l2, double positiveWeight, double learningRate, int epochs, long seed) {

    public String describe() {
        return "l2=" + l2 + " positiveWeight=" + positiveWeight + " learningRate=" + learningRate + " epochs=" + epochs
                + " seed=" + seed;
    }
}
