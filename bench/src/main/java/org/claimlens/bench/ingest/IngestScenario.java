package org.claimlens.bench.ingest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.claimlens.bench.corpus.CorpusText;
import org.claimlens.bench.kafka.Events;
import org.claimlens.bench.kafka.RawProducer;
import org.claimlens.bench.load.ClosedLoop;
import org.claimlens.bench.load.KeepAliveHttp;
import org.claimlens.bench.load.LoadResult;
import org.claimlens.bench.load.Percentiles;

import static org.claimlens.bench.report.Progress.log;

/**
 * Ingest next to a raw producer on the same broker: single POSTs and NDJSON batches against ingest-service, and the
 * same event payloads sent by a kafka-clients producer with the same acknowledgement settings and the same number of
 * threads waiting the same way. Rounds alternate the kinds so that a change of machine load hits all of them.
 */
public final class IngestScenario {

    private final KeepAliveHttp http;
    private final URI documents;
    private final String apiKey;
    private final String bootstrapServers;
    private final IngestSettings settings;
    private final Supplier<Map<String, Double>> cpuSeconds;
    private final Map<String, String> producerSettings;

    /**
     * {@code cpuSeconds} reports the CPU time used so far by each process ingest involves; {@code producerSettings}
     * are ingest-service's, which the raw producer uses too.
     */
    public IngestScenario(String ingestUrl, String apiKey, String bootstrapServers, IngestSettings settings,
                          Map<String, String> producerSettings, Supplier<Map<String, Double>> cpuSeconds) {
        this.cpuSeconds = cpuSeconds;
        this.producerSettings = producerSettings;
        this.documents = URI.create(ingestUrl + "/documents");
        this.http = new KeepAliveHttp(documents);
        this.apiKey = apiKey;
        this.bootstrapServers = bootstrapServers;
        this.settings = settings;
    }

    public IngestResult run(List<CorpusText> texts) {
        List<byte[]> bodies = texts.stream().map(text -> text.requestJson().getBytes(StandardCharsets.UTF_8))
                .toList();
        List<Events.Payload> payloads = texts.stream().map(Events::of).toList();
        Map<IngestKind, List<LoadResult>> results = new EnumMap<>(IngestKind.class);
        Map<IngestKind, Map<String, Double>> cpu = new EnumMap<>(IngestKind.class);
        try (RawProducer raw = new RawProducer(bootstrapServers, producerSettings); http) {
            log("ingest warm-up: %d documents of each kind", settings.warmUpDocuments());
            for (IngestKind kind : IngestKind.values()) {
                send(kind, settings.warmUpDocuments(), bodies, payloads, raw);
            }
            for (int round = 1; round <= settings.rounds(); round++) {
                for (IngestKind kind : IngestKind.values()) {
                    Map<String, Double> before = cpuSeconds.get();
                    LoadResult result = send(kind, settings.documents(), bodies, payloads, raw);
                    Map<String, Double> after = cpuSeconds.get();
                    after.forEach((process, seconds) -> cpu.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                            .merge(process, seconds - before.get(process), Double::sum));
                    log("ingest round %d %-13s %8.0f docs/s  %s", round, kind, result.documentsPerSecond(),
                            result.failures() == 0 ? "" : result.failures() + " failed: " + result.firstFailure());
                    results.computeIfAbsent(kind, k -> new ArrayList<>()).add(result);
                }
            }
        }
        List<IngestResult.Kind> kinds = new ArrayList<>();
        Map<IngestKind, Double> rate = new EnumMap<>(IngestKind.class);
        results.forEach((kind, runs) -> {
            List<Double> perRound = runs.stream().map(LoadResult::documentsPerSecond).toList();
            double median = Percentiles.median(perRound.stream().mapToDouble(Double::doubleValue).toArray());
            rate.put(kind, median);
            kinds.add(new IngestResult.Kind(kind, median, perRound, LoadResult.pooledLatency(runs),
                    runs.stream().mapToInt(LoadResult::failures).sum(),
                    runs.stream().map(LoadResult::firstFailure).filter(f -> f != null).findFirst().orElse(null),
                    perDocument(cpu.get(kind), runs.stream().mapToLong(LoadResult::documents).sum())));
        });
        double payloadBytes = payloads.stream().mapToInt(p -> p.value().length).average().orElse(0);
        return new IngestResult(settings, producerSettings, payloadBytes, kinds,
                rate.get(IngestKind.HTTP_SINGLE) / rate.get(IngestKind.RAW_SINGLE),
                rate.get(IngestKind.HTTP_BATCH) / rate.get(IngestKind.RAW_BATCH),
                rate.get(IngestKind.HTTP_SINGLE) / rate.get(IngestKind.RAW_UNBOUNDED),
                rate.get(IngestKind.HTTP_BATCH) / rate.get(IngestKind.RAW_UNBOUNDED));
    }

    private static Map<String, Double> perDocument(Map<String, Double> cpuSeconds, long documents) {
        Map<String, Double> perDocument = new LinkedHashMap<>();
        cpuSeconds.forEach((process, seconds) -> perDocument.put(process,
                Math.round(10_000 * seconds / documents) / 10.0));
        return perDocument;
    }

    private LoadResult send(IngestKind kind, int count, List<byte[]> bodies, List<Events.Payload> payloads,
                            RawProducer raw) {
        int size = settings.batchSize();
        int batches = Math.max(1, count / size);
        return switch (kind) {
            case HTTP_SINGLE -> ClosedLoop.run(settings.singleConnections(), count,
                    i -> postOne(bodies.get(i % bodies.size())));
            case HTTP_BATCH -> ClosedLoop.run(settings.batchConnections(), batches,
                    i -> postBatch(slice(bodies, i * size, size)));
            case RAW_SINGLE -> ClosedLoop.run(settings.singleConnections(), count, i -> {
                raw.sendAndAwait(payloads.get(i % payloads.size()));
                return 1;
            });
            case RAW_BATCH -> ClosedLoop.run(settings.batchConnections(), batches, i -> {
                raw.sendAllAndAwait(slice(payloads, i * size, size));
                return size;
            });
            case RAW_UNBOUNDED -> raw.firehose(slice(payloads, 0, count));
        };
    }

    private int postOne(byte[] body) throws Exception {
        KeepAliveHttp.Answer answer = post("application/json", body);
        if (answer.status() != 202) {
            throw new IllegalStateException("POST answered " + answer.status() + ": " + answer.body());
        }
        return 1;
    }

    private int postBatch(List<byte[]> lines) throws Exception {
        KeepAliveHttp.Answer answer = post("application/x-ndjson", ndjson(lines));
        if (answer.status() != 200) {
            throw new IllegalStateException("batch answered " + answer.status() + ": " + answer.body());
        }
        long accepted = answer.body().lines().filter(line -> line.contains("\"status\":202")).count();
        if (accepted != lines.size()) {
            throw new IllegalStateException((lines.size() - accepted) + " of " + lines.size()
                    + " batch lines not accepted");
        }
        return lines.size();
    }

    private KeepAliveHttp.Answer post(String contentType, byte[] body) throws Exception {
        return http.post(documents.getPath(), contentType, List.of("X-API-Key: " + apiKey), body);
    }

    private static byte[] ndjson(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** {@code size} consecutive items from {@code first}, wrapping around. */
    private static <T> List<T> slice(List<T> items, int first, int size) {
        List<T> slice = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            slice.add(items.get((first + i) % items.size()));
        }
        return slice;
    }
}
