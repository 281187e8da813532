package org.claimlens.analysis.checkworthiness;

import java.util.List;
import java.util.Random;

/**
 * Fits L2-regularised logistic regression by AdaGrad stochastic gradient descent over sparse vectors, with "Yes"
 * examples weighted up because they are the rarer class. Deterministic: the shuffles come from a fixed seed.
 */
final class LogisticRegressionTrainer {

    private static final double EPSILON = 1e-8;

    private final TrainingSettings settings;

    LogisticRegressionTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    LinearModel train(FeatureSettings features, List<LabelledSentence> sentences) {
        SentenceFeatures extractor = new SentenceFeatures(features);
        return train(features, new LabelledVectors(sentences, extractor));
    }

    /** Trains on vectors already extracted, so that several settings can share one extraction. */
    LinearModel train(FeatureSettings features, LabelledVectors data) {
        SparseVector[] vectors = data.vectors();
        float[] weights = new float[features.slots()];
        float[] squaredGradients = new float[features.slots()];
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
                boolean yes = data.gold()[index];
                double p = 1 / (1 + Math.exp(-(x.dot(weights) + bias)));
                double error = (p - (yes ? 1 : 0)) * (yes ? settings.positiveWeight() : 1);
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
        return new LinearModel(features, weights, bias, 0.5, "");
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
