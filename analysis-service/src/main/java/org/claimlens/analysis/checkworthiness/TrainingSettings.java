package org.claimlens.analysis.checkworthiness;

/**
 * Hyper-parameters of {@link LogisticRegressionTrainer}: L2 strength per example, the weight of a "Yes" example
 * relative to a "No" one, AdaGrad's base step, the number of passes and the shuffling seed.
 */
public record TrainingSettings(double l2, double positiveWeight, double learningRate, int epochs, long seed) {

    String describe() {
        return "l2=" + l2 + " positiveWeight=" + positiveWeight + " learningRate=" + learningRate + " epochs=" + epochs
                + " seed=" + seed;
    }
}
