package org.claimlens.analysis.checkworthiness;

import org.claimlens.analysis.learning.WeightsFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped text form of a {@link LinearModel} (a {@link WeightsFile}): provenance, the feature settings, bias and
 * threshold, then the weights that are not negligible.
 */
final class ModelFile {

    private ModelFile() {
    }

    static void write(LinearModel model, Writer out) throws IOException {
        FeatureSettings f = model.features();
        Map<String, List<String>> header = new LinkedHashMap<>();
        header.put("features", List.of("maxWordGram=" + f.maxWordGram(), "minCharGram=" + f.minCharGram(),
                "maxCharGram=" + f.maxCharGram(), "cues=" + f.cues(), "hashBits=" + f.hashBits()));
        header.put("bias", List.of(String.format(Locale.ROOT, "%.6f", model.bias())));
        header.put("threshold", List.of(String.format(Locale.ROOT, "%.6f", model.threshold())));
        WeightsFile.write(out, model.provenance(), header, model.weights());
    }

    static LinearModel read(BufferedReader in) throws IOException {
        WeightsFile file = WeightsFile.read(in);
        Map<String, String> values = file.settings("features");
        FeatureSettings features = new FeatureSettings(Integer.parseInt(values.get("maxWordGram")),
                Integer.parseInt(values.get("minCharGram")), Integer.parseInt(values.get("maxCharGram")),
                Boolean.parseBoolean(values.get("cues")), Integer.parseInt(values.get("hashBits")));
        return new LinearModel(features, file.weights(features.slots()), Double.parseDouble(file.field("bias")),
                Double.parseDouble(file.field("threshold")), file.provenance());
    }
}
