package org.claimlens.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends every input file to ingest-service with at most {@code concurrency} requests in flight, reporting progress
 * while it runs and a summary at the end. Each .txt or .html file is one request, NDJSON files go in batches.
 */
public final class BulkLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoadOptions options;

    public BulkLoader(LoadOptions options) {
        this.options = options;
    }

    /** Loads everything; {@code progress} gets the running line and the summary. */
    public LoadResult run(PrintStream progress) throws InterruptedException {
        long started = System.nanoTime();
        List<Path> files = InputFiles.expand(options.inputs());
        List<LoadRequest> requests = new ArrayList<>();
        int documents = 0;
        LoadSummary summary = new LoadSummary();
        for (Path file : files) {
            for (LoadRequest request : requestsFor(file, summary)) {
                requests.add(request);
                documents += request.documents();
            }
        }
        summary.planned(documents);
        IngestClient client = new IngestClient(options, summary);
        ExecutorService workers = Executors.newFixedThreadPool(options.concurrency());
        try (ProgressLine line = ProgressLine.start(summary, progress)) {
            for (LoadRequest request : requests) {
                workers.execute(() -> send(client, request, summary));
            }
            workers.shutdown();
            workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } finally {
            workers.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        summary.print(progress, elapsed);
        return new LoadResult(documents, summary.accepted(), summary.duplicates(), summary.failed(),
                summary.retries(), summary.failures().keySet().stream().toList(), elapsed);
    }

    private List<LoadRequest> requestsFor(Path file, LoadSummary summary) {
        FileText text;
        try {
            text = FileText.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (text.fallback()) {
            summary.decodedWithFallback();
        }
        InputFiles.Kind kind = InputFiles.kindOf(file);
        if (kind == InputFiles.Kind.NDJSON) {
            return batches(file, text.text());
        }
        Map<String, String> query = new HashMap<>();
        if (options.identity().equals("path")) {
            query.put("externalId", "file:" + file.toAbsolutePath().normalize());
        }
        if (options.source() != null) {
            query.put("source", options.source());
        }
        String type = kind == InputFiles.Kind.HTML ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
        return List.of(new LoadRequest(file.toString(), type, text.text(), Map.copyOf(query), List.of()));
    }

    private List<LoadRequest> batches(Path file, String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        List<LoadRequest> batches = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += options.batchLines()) {
            int to = Math.min(lines.size(), from + options.batchLines());
            batches.add(LoadRequest.batch(file + " lines " + (from + 1) + "-" + to, lines.subList(from, to)));
        }
        return batches;
    }

    private static void send(IngestClient client, LoadRequest request, LoadSummary summary) {
        summary.sent(request.documents());
        try {
            LoadRequest pending = request;
            for (int attempt = 1; pending != null; attempt++) {
                HttpResponse<String> response = client.send(pending);
                pending = pending.isBatch() ? recordBatch(pending, response, summary, attempt < client.maxAttempts())
                        : recordSingle(pending, response, summary);
                if (pending != null) {
                    client.pauseBeforeRetry(attempt);
                }
            }
        } catch (IOException e) {
            for (int i = 0; i < request.documents(); i++) {
                summary.failed("ingest-service unreachable: " + e.getClass().getSimpleName(), request.where());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LoadRequest recordSingle(LoadRequest request, HttpResponse<String> response, LoadSummary summary)
            throws IOException {
        JsonNode body = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        if (response.statusCode() == 202) {
            summary.accepted(body.path("contentHash").asText(null));
        } else {
            summary.failed(reason(response.statusCode(), body), request.where());
        }
        return null;
    }

    /** Records each line's outcome; returns the lines to send again (503 per line), or null. */
    private static LoadRequest recordBatch(LoadRequest request, HttpResponse<String> response, LoadSummary summary,
                                           boolean mayRetry) throws IOException {
        if (response.statusCode() != 200) {
            JsonNode body = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
            for (int i = 0; i < request.documents(); i++) {
                summary.failed(reason(response.statusCode(), body), request.where());
            }
            return null;
        }
        List<String> again = new ArrayList<>();
        List<String> answers = response.body().lines().filter(line -> !line.isBlank()).toList();
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = JSON.readTree(answers.get(i));
            int status = answer.path("status").asInt();
            if (status == 202) {
                summary.accepted(answer.path("contentHash").asText(null));
            } else if (status == 503 && mayRetry) {
                again.add(request.lines().get(i));
            } else {
                summary.failed(reason(status, answer), request.where() + " (line " + answer.path("line").asInt() + ")");
            }
        }
        return again.isEmpty() ? null : LoadRequest.batch(request.where(), again);
    }

    private static String reason(int status, JsonNode body) {
        String field = body.path("field").asText("");
        return status + (field.isEmpty() ? "" : " " + field) + ": " + body.path("message").asText("no message");
    }
}
