package org.claimlens.analysis.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one system scored on a data set and how long it took. */
record NerRun(String system, NerScore score, long tokens, long nanos) {

    double tokensPerSecond() {
        return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }

    double seconds() {
        return nanos / 1e9;
    }

    Map<String, Object> scoresAsJson() {
        Map<String, Object> perType = new LinkedHashMap<>();
        NerScore.TYPES.forEach(type -> perType.put(type, asJson(score.of(type))));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("micro", asJson(score.micro()));
        json.put("per_type", perType);
        return json;
    }

    private static Map<String, Object> asJson(NerScore.Counts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("precision", counts.precision());
        json.put("recall", counts.recall());
        json.put("f1", counts.f1());
        return json;
    }
}
