package org.claimlens.analysis.learning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text form of a shipped linear model: {@code #} lines of provenance, named header lines of tab-separated fields
 * (settings, bias, threshold), then one {@code slot<TAB>weight} line per weight that is not negligible. Text so a
 * reviewer can read it; what the header holds is up to each model.
 *
 * @param provenance what the model was trained on and how, one line per line of the header comment
 * @param header     each header line's fields after its name, by name, in file order
 * @param slots      slot indices with a weight, parallel to {@code values}
 */
public record WeightsFile(String provenance, Map<String, List<String>> header, int[] slots, float[] values) {

    /** Weights this small change no score by more than a rounding error, so they are left out to keep files small. */
    public static final double NEGLIGIBLE = 5e-4;

    /** @param header lines between the provenance and the weights, each a name and its fields */
    public static void write(Writer out, String provenance, Map<String, List<String>> header, float[] weights)
            throws IOException {
        for (String line : provenance.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (Map.Entry<String, List<String>> line : header.entrySet()) {
            out.write(line.getKey() + "\t" + String.join("\t", line.getValue()) + "\n");
        }
        for (int slot = 0; slot < weights.length; slot++) {
            if (Math.abs(weights[slot]) >= NEGLIGIBLE) {
                out.write(slot + "\t" + String.format(Locale.ROOT, "%.4g", weights[slot]) + "\n");
            }
        }
    }

    public static WeightsFile read(BufferedReader in) throws IOException {
        List<String> provenance = new ArrayList<>();
        Map<String, List<String>> header = new LinkedHashMap<>();
        List<Integer> slots = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("#")) {
                provenance.add(line.substring(Math.min(2, line.length())));
            } else if (!line.isEmpty()) {
                String[] fields = line.split("\t");
                if (Character.isDigit(fields[0].charAt(0))) {
                    slots.add(Integer.parseInt(fields[0]));
                    values.add(Float.parseFloat(fields[1]));
                } else {
                    header.put(fields[0], List.of(fields).subList(1, fields.length));
                }
            }
        }
        int[] slotArray = slots.stream().mapToInt(Integer::intValue).toArray();
        float[] valueArray = new float[values.size()];
        for (int i = 0; i < valueArray.length; i++) {
            valueArray[i] = values.get(i);
        }
        return new WeightsFile(String.join("\n", provenance), header, slotArray, valueArray);
    }

    /** The weights as a dense array of {@code length} slots. */
    public float[] weights(int length) throws IOException {
        float[] weights = new float[length];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] >= length) {
                throw new IOException("weight for slot " + slots[i] + " beyond the model's " + length + " slots");
            }
            weights[slots[i]] = values[i];
        }
        return weights;
    }

    /** The single field of a header line, or an error naming the missing line. */
    public String field(String name) throws IOException {
        List<String> fields = header.get(name);
        if (fields == null || fields.isEmpty()) {
            throw new IOException("model file has no '" + name + "' line");
        }
        return fields.get(0);
    }

    /** A header line of {@code key=value} fields as a map. */
    public Map<String, String> settings(String name) throws IOException {
        if (!header.containsKey(name)) {
            throw new IOException("model file has no '" + name + "' line");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : header.get(name)) {
            String[] pair = field.split("=", 2);
            values.put(pair[0], pair.length == 2 ? pair[1] : "");
        }
        return values;
    }
}
