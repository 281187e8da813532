package org.claimlens.analysis.checkworthiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped text form of a {@link LinearModel}: {@code #} lines of provenance, the feature settings, bias and
 * threshold, then one {@code slot<TAB>weight} line per weight that is not negligible. Text so a reviewer can read it.
 */
final class ModelFile {

    /** Weights this small change no score by more than a rounding error, so they are left out to keep the file small. */
    static final double NEGLIGIBLE = 5e-4;

    private ModelFile() {
    }

    static void write(LinearModel model, Writer out) throws IOException {
        for (String line : model.provenance().split("\n")) {
            out.write("# " + line + "\n");
        }
        FeatureSettings f = model.features();
        out.write("features\tmaxWordGram=" + f.maxWordGram() + "\tminCharGram=" + f.minCharGram() + "\tmaxCharGram="
                + f.maxCharGram() + "\tcues=" + f.cues() + "\thashBits=" + f.hashBits() + "\n");
        out.write(String.format(Locale.ROOT, "bias\t%.6f%nthreshold\t%.6f%n", model.bias(), model.threshold()));
        float[] weights = model.weights();
        for (int slot = 0; slot < weights.length; slot++) {
            if (Math.abs(weights[slot]) >= NEGLIGIBLE) {
                out.write(slot + "\t" + String.format(Locale.ROOT, "%.4g", weights[slot]) + "\n");
            }
        }
    }

    static LinearModel read(BufferedReader in) throws IOException {
        List<String> provenance = new ArrayList<>();
        Map<String, String> header = new HashMap<>();
        FeatureSettings features = null;
        float[] weights = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("#")) {
                provenance.add(line.substring(Math.min(2, line.length())));
                continue;
            }
            String[] fields = line.split("\t");
            if (fields[0].equals("features")) {
                features = settings(fields);
                weights = new float[features.slots()];
            } else if (Character.isDigit(fields[0].charAt(0))) {
                if (weights == null) {
                    throw new IOException("weights before the features line");
                }
                weights[Integer.parseInt(fields[0])] = Float.parseFloat(fields[1]);
            } else {
                header.put(fields[0], fields[1]);
            }
        }
        if (features == null || !header.containsKey("bias") || !header.containsKey("threshold")) {
            throw new IOException("not a check-worthiness model: features, bias or threshold missing");
        }
        return new LinearModel(features, weights, Double.parseDouble(header.get("bias")),
                Double.parseDouble(header.get("threshold")), String.join("\n", provenance));
    }

    private static FeatureSettings settings(String[] fields) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < fields.length; i++) {
            String[] pair = fields[i].split("=", 2);
            values.put(pair[0], pair[1]);
        }
        return new FeatureSettings(Integer.parseInt(values.get("maxWordGram")),
                Integer.parseInt(values.get("minCharGram")), Integer.parseInt(values.get("maxCharGram")),
                Boolean.parseBoolean(values.get("cues")), Integer.parseInt(values.get("hashBits")));
    }
}
