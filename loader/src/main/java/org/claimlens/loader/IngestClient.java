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
 * Posts load requests to ingest-service with the API key, retrying a 503 (broker away) or 429 (rate limit) after its
 * {@code Retry-After} and a refused or broken connection after an exponential backoff with jitter, up to the
 * configured number of attempts.
 */
final class IngestClient {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final String API_KEY_HEADER = "X-API-Key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI documents;
    private final int maxAttempts;
    private final Duration maxBackoff;
    private final String apiKey;
    private final LoadSummary summary;

    IngestClient(LoadOptions options, LoadSummary summary) {
        this.documents = URI.create(options.ingestUrl() + "/documents");
        this.maxAttempts = options.maxAttempts();
        this.maxBackoff = options.maxBackoff();
        this.apiKey = options.apiKey();
        this.summary = summary;
    }

    /**
     * The final answer, a 503 or 429 when every attempt got one; throws when the service could not be reached at all.
     */
    HttpResponse<String> send(LoadRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(documents + request.queryString()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", request.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (apiKey != null) {
            builder.header(API_KEY_HEADER, apiKey);
        }
        HttpRequest http = builder.build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
                if (!isBusy(response.statusCode()) || attempt == maxAttempts) {
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

    /** Answers worth waiting out: the broker is away (503), or this client went over its rate limit (429). */
    private static boolean isBusy(int status) {
        return status == 503 || status == 429;
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
