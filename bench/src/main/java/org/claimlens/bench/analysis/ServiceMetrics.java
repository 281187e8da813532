package org.claimlens.bench.analysis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The figures the benchmark reads from an analysis instance's Prometheus endpoint ({@code /q/metrics}): heap in use,
 * live data after the last collection, collection pauses, time (and CPU time) extracting, time writing results,
 * documents processed.
 */
record ServiceMetrics(double heapUsedBytes, double liveDataBytes, double gcPauseSeconds,
                      double extractionSeconds, double extractionCpuSeconds, double extractions,
                      double writeSeconds, double writes, double analysed) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static ServiceMetrics scrape(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            String text = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return new ServiceMetrics(
                    sum(text, "jvm_memory_used_bytes", "area=\"heap\""),
                    sum(text, "jvm_gc_live_data_size_bytes", ""),
                    sum(text, "jvm_gc_pause_seconds_sum", ""),
                    sum(text, "claimlens_extraction_duration_seconds_sum", ""),
                    sum(text, "claimlens_extraction_cpu_seconds_total", ""),
                    sum(text, "claimlens_extraction_duration_seconds_count", ""),
                    sum(text, "claimlens_persistence_duration_seconds_sum", ""),
                    sum(text, "claimlens_persistence_duration_seconds_count", ""),
                    sum(text, "claimlens_documents_processed_total", "outcome=\"ANALYSED\""));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the metrics of " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What happened between an earlier scrape and this one (counters); gauges keep this scrape's value. */
    ServiceMetrics since(ServiceMetrics before) {
        return new ServiceMetrics(heapUsedBytes, liveDataBytes, gcPauseSeconds - before.gcPauseSeconds,
                extractionSeconds - before.extractionSeconds, extractionCpuSeconds - before.extractionCpuSeconds,
                extractions - before.extractions,
                writeSeconds - before.writeSeconds, writes - before.writes, analysed - before.analysed);
    }

    /** Sum of every sample of {@code metric} whose labels contain {@code label} (Prometheus text format). */
    static double sum(String exposition, String metric, String label) {
        double total = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(metric) && (line.length() > metric.length())
                    && (line.charAt(metric.length()) == '{' || line.charAt(metric.length()) == ' ')
                    && line.contains(label)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
