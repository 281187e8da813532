package org.claimlens.analysis.checkworthiness;

/** Precision, recall and F1 of the "Yes" (check-worthy) class, from the counts of a run over labelled sentences. */
public record YesClassScore(int truePositives, int falsePositives, int falseNegatives) {

    public static YesClassScore of(boolean[] gold, double[] scores, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.length; i++) {
            boolean predicted = scores[i] >= threshold;
            tp += predicted && gold[i] ? 1 : 0;
            fp += predicted && !gold[i] ? 1 : 0;
            fn += !predicted && gold[i] ? 1 : 0;
        }
        return new YesClassScore(tp, fp, fn);
    }

    public double precision() {
        return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
