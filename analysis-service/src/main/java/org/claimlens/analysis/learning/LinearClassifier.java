package org.claimlens.analysis.learning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trained binary classifier over hashed features as a {@link WeightsFile}: the feature settings it was trained
 * with (at least {@code bits}, the number of hash bits), the weights, and the score from which an example counts as
 * positive, with what it was trained on in {@code provenance}.
 */
public record LinearClassifier(Map<String, String> features, LinearWeights weights, double threshold,
                               String provenance) {

    public LinearClassifier {
        features = Map.copyOf(features);
    }

    public static LinearClassifier read(BufferedReader in) throws IOException {
        WeightsFile file = WeightsFile.read(in);
        Map<String, String> features = file.settings("features");
        if (!features.containsKey("bits")) {
            throw new IOException("model file's features line has no bits");
        }
        int slots = 1 << Integer.parseInt(features.get("bits"));
        return new LinearClassifier(features, new LinearWeights(file.weights(slots),
                Double.parseDouble(file.field("bias"))), Double.parseDouble(file.field("threshold")),
                file.provenance());
    }

    /** Writes the features in a stable order, so that retraining on the same data gives the same file. */
    public void write(Writer out) throws IOException {
        Map<String, List<String>> header = new LinkedHashMap<>();
        header.put("features", features.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList());
        header.put("bias", List.of(String.format(Locale.ROOT, "%.6f", weights.bias())));
        header.put("threshold", List.of(String.format(Locale.ROOT, "%.6f", threshold)));
        WeightsFile.write(out, provenance, header, weights.weights());
    }

    public LinearClassifier withThreshold(double newThreshold, String newProvenance) {
        return new LinearClassifier(features, weights, newThreshold, newProvenance);
    }

    public double score(SparseVector vector) {
        return weights.score(vector);
    }

    public int setting(String name) {
        return Integer.parseInt(features.get(name));
    }
}
