package org.claimlens.analysis.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one system got right on some documents. Counts are fractional because an article annotated twice counts as
 * the average of its two scorings.
 *
 * @param predicted     attributed claims the system found
 * @param gold          annotated attributions
 * @param matched       one-to-one content matches
 * @param claimantRight matched pairs whose claimant agrees with the annotated source (see {@link AttributionScorer})
 * @param predictedCues found claims with a cue
 * @param goldCues      annotated attributions with a cue
 * @param cuesRight     matched pairs whose cues overlap
 */
public record AttributionCounts(double predicted, double gold, double matched, double claimantRight, double predictedCues,
                         double goldCues, double cuesRight) {

    public static final AttributionCounts NONE = new AttributionCounts(0, 0, 0, 0, 0, 0, 0);

    public AttributionCounts plus(AttributionCounts other) {
        return new AttributionCounts(predicted + other.predicted, gold + other.gold, matched + other.matched,
                claimantRight + other.claimantRight, predictedCues + other.predictedCues, goldCues + other.goldCues,
                cuesRight + other.cuesRight);
    }

    AttributionCounts times(double factor) {
        return new AttributionCounts(predicted * factor, gold * factor, matched * factor, claimantRight * factor,
                predictedCues * factor, goldCues * factor, cuesRight * factor);
    }

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        return harmonic(precision(), recall());
    }

    public double claimantAccuracy() {
        return ratio(claimantRight, matched);
    }

    public double cueF1() {
        return harmonic(ratio(cuesRight, predictedCues), ratio(cuesRight, goldCues));
    }

    Map<String, Object> scores() {
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("precision", precision());
        scores.put("recall", recall());
        scores.put("f1", f1());
        scores.put("claimant_accuracy", claimantAccuracy());
        scores.put("cue_f1", cueF1());
        return scores;
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    private static double harmonic(double a, double b) {
        return a + b == 0 ? 0 : 2 * a * b / (a + b);
    }
}
