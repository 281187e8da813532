package org.claimlens.analysis.checkworthiness;

import java.util.Arrays;
import java.util.Comparator;

/** Picks the score threshold with the best F1 of the "Yes" class on held-out sentences; never on training data. */
final class ThresholdChoice {

    private ThresholdChoice() {
    }

    /** Midpoints between consecutive distinct scores are tried, so the threshold does not sit on one sentence. */
    static double best(boolean[] gold, double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i]));
        int positives = 0;
        for (boolean yes : gold) {
            positives += yes ? 1 : 0;
        }
        double bestF1 = -1;
        double bestThreshold = 0.5;
        int tp = 0;
        for (int rank = 0; rank < order.length; rank++) {
            tp += gold[order[rank]] ? 1 : 0;
            double here = scores[order[rank]];
            double below = rank + 1 < order.length ? scores[order[rank + 1]] : 0;
            if (below == here) {
                continue;
            }
            double f1 = 2.0 * tp / (rank + 1 + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestThreshold = (here + below) / 2;
            }
        }
        return bestThreshold;
    }
}
