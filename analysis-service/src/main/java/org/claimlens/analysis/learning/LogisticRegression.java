package org.claimlens.analysis.learning;

import java.util.Random;

/**
 * Fits L2-regularised logistic regression by AdaGrad stochastic gradient descent over sparse vectors, with positive
 * examples weighted as the settings say, because they are usually the rarer class. Deterministic: the shuffles come
 * from a fixed seed.
 */
public final class LogisticRegression {

    private static final double EPSILON = 1e-8;

    private final TrainingSettings settings;

    public LogisticRegression(TrainingSettings settings) {
        this.settings = settings;
    }

    /** @param slots the length of the weight vector: one more than the largest index any vector may hold */
    public LinearWeights train(SparseVector[] vectors, boolean[] gold, int slots) {
        float[] weights = new float[slots];
        float[] squaredGradients = new float[slots];
        double bias = 0;
        double biasSquaredGradient = 0;
        int[] order = new int[vectors.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int index : order) {
                SparseVector x = vectors[index];
                boolean positive = gold[index];
                double p = 1 / (1 + Math.exp(-(x.dot(weights) + bias)));
                double error = (p - (positive ? 1 : 0)) * (positive ? settings.positiveWeight() : 1);
                // Regularising only the weights this example touches keeps each step sparse ("lazy" L2).
                for (int k = 0; k < x.indices().length; k++) {
                    int j = x.indices()[k];
                    double gradient = error * x.values()[k] + settings.l2() * weights[j];
                    squaredGradients[j] += (float) (gradient * gradient);
                    weights[j] -= (float) (settings.learningRate() * gradient / Math.sqrt(squaredGradients[j] + EPSILON));
                }
                biasSquaredGradient += error * error;
                bias -= settings.learningRate() * error / Math.sqrt(biasSquaredGradient + EPSILON);
            }
        }
        return new LinearWeights(weights, bias);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
