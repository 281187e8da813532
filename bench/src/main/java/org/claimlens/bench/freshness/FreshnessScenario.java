package org.claimlens.bench.freshness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimlens.bench.corpus.CorpusText;
import org.claimlens.bench.load.Percentiles;

import static org.claimlens.bench.report.Progress.log;

/**
 * Seconds from POST to queryable: one article of about 1,000 tokens at a time on an idle stack, timed from sending
 * the POST until query-service shows the document ANALYSED (polled every 20 ms). Every text is new (its own
 * reference line), so no post is recognised as already analysed.
 */
public final class FreshnessScenario {

    /** About 1,000 CoreNLP tokens of BBC news prose (1.35 tokens a word). */
    static final int WORDS_PER_ARTICLE = 740;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String apiKey;
    private final String queryUrl;

    public FreshnessScenario(String ingestUrl, String apiKey, String queryUrl) {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
        this.queryUrl = queryUrl;
    }

    /** One measurement: end to end, the part until ingest answered 202, and the document's token count. */
    public record Sample(double seconds, double acceptedSeconds, int tokens) {
    }

    /** The measurements and their medians. */
    public record Result(int articles, double medianSeconds, double maxSeconds, double medianAcceptedSeconds,
                         double medianTokens, List<Sample> samples) {
    }

    /** {@code idle} runs before each post and returns once nothing else is being analysed. */
    public Result run(List<CorpusText> corpus, int articles, Runnable idle) throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            idle.run();
            samples.add(measure(article(corpus, i, articles)));
        }
        double[] seconds = samples.stream().mapToDouble(Sample::seconds).toArray();
        Result result = new Result(articles, Percentiles.median(seconds),
                samples.stream().mapToDouble(Sample::seconds).max().orElse(0),
                Percentiles.median(samples.stream().mapToDouble(Sample::acceptedSeconds).toArray()),
                Percentiles.median(samples.stream().mapToDouble(Sample::tokens).toArray()), samples);
        log("freshness: median %.3f s (max %.3f s) over %d articles of ~%.0f tokens", result.medianSeconds(),
                result.maxSeconds(), articles, result.medianTokens());
        return result;
    }

    /** Consecutive corpus articles from a spread-out starting point until about 1,000 tokens, plus a unique line. */
    static CorpusText article(List<CorpusText> corpus, int index, int articles) {
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (int i = index * corpus.size() / articles; words < WORDS_PER_ARTICLE; i++) {
            CorpusText part = corpus.get(i % corpus.size());
            text.append(part.text()).append("\n\n");
            words += part.words();
        }
        text.append("Benchmark reference ").append(UUID.randomUUID()).append('.');
        return new CorpusText("freshness-" + index, "Freshness article " + (index + 1), text.toString());
    }

    private Sample measure(CorpusText article) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(ingestUrl + "/documents"))
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(article.requestJson())).build();
        long started = System.nanoTime();
        HttpResponse<String> accepted = http.send(post, HttpResponse.BodyHandlers.ofString());
        double acceptedSeconds = (System.nanoTime() - started) / 1e9;
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("ingest answered " + accepted.statusCode() + ": " + accepted.body());
        }
        String id = JSON.readTree(accepted.body()).get("id").asText();
        HttpRequest get = HttpRequest.newBuilder(URI.create(queryUrl + "/documents/" + id)).build();
        long deadline = started + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode document = analysed(http.send(get, HttpResponse.BodyHandlers.ofString()));
            if (document != null) {
                return new Sample((System.nanoTime() - started) / 1e9, acceptedSeconds,
                        document.path("tokenCount").asInt());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("document " + id + " not analysed within " + PATIENCE);
    }

    private static JsonNode analysed(HttpResponse<String> response) throws IOException {
        if (response.statusCode() == 404) {
            return null;
        }
        JsonNode document = JSON.readTree(response.body());
        String status = document.path("status").asText();
        if (!status.equals("ANALYSED")) {
            throw new IllegalStateException("document stored as " + status + ": " + document.path("statusReason"));
        }
        return document;
    }
}
