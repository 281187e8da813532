package org.claimlens.analysis.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the one-line JSON summaries of the evaluations: nested maps of numbers and strings, keys in map order. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> quote(entry.getKey().toString()) + ":" + write(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.4f", number);
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return quote(String.valueOf(value));
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
