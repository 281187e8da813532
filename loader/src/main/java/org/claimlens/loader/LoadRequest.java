package org.claimlens.loader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One POST to {@code /documents}: a file's text or page, or a chunk of NDJSON lines.
 *
 * @param where   the file (and lines) it came from, for the summary
 * @param lines   the NDJSON lines of a batch, so that lines the broker did not take can be sent again; empty otherwise
 */
record LoadRequest(String where, String contentType, String body, Map<String, String> query, List<String> lines) {

    static final String NDJSON = "application/x-ndjson";

    static LoadRequest batch(String where, List<String> lines) {
        return new LoadRequest(where, NDJSON, String.join("\n", lines) + "\n", Map.of(), List.copyOf(lines));
    }

    boolean isBatch() {
        return !lines.isEmpty();
    }

    int documents() {
        return isBatch() ? lines.size() : 1;
    }

    String queryString() {
        if (query.isEmpty()) {
            return "";
        }
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }
}
