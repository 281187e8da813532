package org.claimlens.bench.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One article of a benchmark corpus: its file (relative to the corpus folder), its first line as title and the rest
 * as text, as a news article is usually submitted.
 */
public record CorpusText(String file, String title, String text) {

    /** The source every benchmark document carries: through ingest, through Kafka and in the bare run alike. */
    public static final String SOURCE = "ClaimLens benchmark";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The same article with a closing line of its own: the pipeline files an exact repeat of a text as another source
     * of the first document, so a text sent in a second drain must differ to be analysed again.
     */
    public CorpusText withReference(String reference) {
        return new CorpusText(file, title, text + "\n\nBenchmark reference " + reference + ".");
    }

    /** Words separated by white space: a cheap stand-in for tokens when choosing texts by size. */
    public int words() {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** The JSON body of {@code POST /documents} for this article. */
    public String requestJson() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("source", SOURCE);
        body.put("text", text);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a request", e);
        }
    }
}
