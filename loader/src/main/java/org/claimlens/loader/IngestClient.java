package org.claimlens.loader;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Posts load requests to ingest-service, retrying a 503 after its {@code Retry-After} and a refused or broken
 * connection after an exponential backoff with jitter, up to the configured number of attempts.
 */
final class IngestClient {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI documents;
    private final int maxAttempts;
    private final Duration maxBackoff;
    private final LoadSummary summary;

    IngestClient(LoadOptions options, LoadSummary summary) {
        this.documents = URI.create(options.ingestUrl() + "/documents");
        this.maxAttempts = options.maxAttempts();
        this.maxBackoff = options.maxBackoff();
        this.summary = summary;
    }

    /** The final answer, a 503 when every attempt got one; throws when the service could not be reached at all. */
    HttpResponse<String> send(LoadRequest request) throws IOException, InterruptedException {
        HttpRequest http = HttpRequest.newBuilder(URI.create(documents + request.queryString()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", request.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 503 || attempt == maxAttempts) {
                    return response;
                }
                pause(response.headers().firstValue("Retry-After").map(this::seconds)
                        .orElse(backoff(attempt)));
            } catch (IOException e) {
                if (attempt == maxAttempts) {
                    throw e;
                }
                pause(backoff(attempt));
            }
            summary.retried();
        }
    }

    /** Pauses before another try of lines of a batch that came back 503. */
    void pauseBeforeRetry(int attempt) throws InterruptedException {
        summary.retried();
        pause(backoff(attempt));
    }

    int maxAttempts() {
        return maxAttempts;
    }

    private Duration backoff(int attempt) {
        long capped = Math.min(maxBackoff.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private Duration seconds(String header) {
        try {
            return Duration.ofSeconds(Math.min(Long.parseLong(header.trim()), maxBackoff.toSeconds()));
        } catch (NumberFormatException e) {
            return FIRST_BACKOFF;
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
