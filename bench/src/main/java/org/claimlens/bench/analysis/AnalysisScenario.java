package org.claimlens.bench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.claimlens.bench.corpus.CorpusText;
import org.claimlens.bench.kafka.ConsumerLag;
import org.claimlens.bench.kafka.Events;
import org.claimlens.bench.kafka.RawProducer;
import org.claimlens.infra.DatabaseAccess;

import static org.claimlens.bench.report.Progress.log;

/**
 * Analysis end to end: publishes {@code DocumentIngested} events for the corpus texts straight to Kafka and polls
 * PostgreSQL until every document's outcome is committed, sampling the consumer lag and the first instance's heap.
 */
public final class AnalysisScenario implements AutoCloseable {

    private static final long STALL_MILLIS = 10 * 60 * 1000;

    private final RawProducer producer;
    private final ConsumerLag lag;
    private final DocumentRows rows;
    private final Supplier<Map<String, Double>> cpuSeconds;

    /**
     * {@code cpuSeconds} reports the CPU time used so far by each process analysis involves; events are published
     * with ingest-service's {@code producerSettings}.
     */
    public AnalysisScenario(String bootstrapServers, String group, Map<String, String> producerSettings,
                            DatabaseAccess database, Supplier<Map<String, Double>> cpuSeconds) {
        this.cpuSeconds = cpuSeconds;
        this.producer = new RawProducer(bootstrapServers, producerSettings);
        this.lag = new ConsumerLag(bootstrapServers, group);
        this.rows = new DocumentRows(database);
    }

    /** Publishes the texts and waits until all are stored, unmeasured: JIT warm-up of the consumers. */
    public void warmUp(List<CorpusText> texts) {
        log("analysis warm-up: %d documents", texts.size());
        awaitStored(send(payloads(texts)), System.nanoTime());
    }

    /**
     * Measures documents/s through the given analysis instances (base URLs; the first is sampled for heap), starting
     * once earlier events are committed, so the lag series starts at 0 and counts only these texts.
     */
    public Drain drain(List<CorpusText> texts, List<String> instances) {
        List<Events.Payload> payloads = payloads(texts);
        awaitIdle();
        List<ServiceMetrics> before = instances.stream().map(ServiceMetrics::scrape).toList();
        Map<String, Double> cpuBefore = cpuSeconds.get();
        List<double[]> lagSeries = new ArrayList<>();
        double[] heap = new double[2];
        long started = System.nanoTime();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(sample(() -> lagSeries.add(
                new double[] {Math.round(seconds(started) * 10) / 10.0, lag.lag()})), 0, 1, TimeUnit.SECONDS);
        // the metrics endpoint costs the service a little CPU, so it is read less often
        sampler.scheduleAtFixedRate(sample(() -> {
            ServiceMetrics now = ServiceMetrics.scrape(instances.get(0));
            heap[0] = Math.max(heap[0], now.heapUsedBytes());
            heap[1] = Math.max(heap[1], now.liveDataBytes());
        }), 0, 5, TimeUnit.SECONDS);
        DocumentRows.Count stored = awaitStored(send(payloads), started);
        double seconds = seconds(started);
        double drained = awaitNoLag(started);
        sampler.shutdown();
        awaitTermination(sampler);
        List<ServiceMetrics> after = instances.stream().map(ServiceMetrics::scrape).toList();
        Map<String, Double> cpu = cpuMsPerDocument(cpuBefore, cpuSeconds.get(), stored.stored());
        List<Integer> perInstance = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            perInstance.add((int) after.get(i).since(before.get(i)).analysed());
        }
        ServiceMetrics first = after.get(0).since(before.get(0));
        log("%d documents (%d analysed, %d tokens) in %.1f s through %d instance(s): %.2f docs/s",
                stored.stored(), stored.analysed(), stored.tokens(), seconds, instances.size(),
                stored.stored() / seconds);
        return new Drain(instances.size(), stored.stored(), stored.analysed(), stored.tokens(), seconds,
                stored.stored() / seconds, stored.tokens() / seconds, drained, Drain.evenlySpaced(lagSeries, 120),
                perInstance, heap[0] / 1048576.0, heap[1] / 1048576.0, first.gcPauseSeconds(),
                first.extractions() == 0 ? 0 : 1000 * first.extractionSeconds() / first.extractions(),
                first.extractions() == 0 ? 0 : 1000 * first.extractionCpuSeconds() / first.extractions(),
                first.writes() == 0 ? 0 : 1000 * first.writeSeconds() / first.writes(), cpu);
    }

    /** Blocks until no event waits for the group, as a freshness measurement on an idle stack needs. */
    public void awaitIdle() {
        awaitNoLag(System.nanoTime());
    }

    /** Waits until the group has this many consumers, after a new instance joined and the group rebalanced. */
    public void awaitMembers(int consumers) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (lag.members() < consumers) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the consumer group did not reach " + consumers + " members");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
    }

    public ConsumerLag lag() {
        return lag;
    }

    /** Events for the texts, each one unique (a few words more than the bare run reads): drains reuse the texts. */
    private static List<Events.Payload> payloads(List<CorpusText> texts) {
        return texts.stream().map(text -> Events.of(text.withReference(UUID.randomUUID().toString()))).toList();
    }

    /** Publishes the events at once; returns their document ids. */
    private List<String> send(List<Events.Payload> payloads) {
        var sent = producer.firehose(payloads);
        if (sent.failures() > 0) {
            throw new IllegalStateException("publishing failed: " + sent.firstFailure());
        }
        return payloads.stream().map(Events.Payload::key).toList();
    }

    private DocumentRows.Count awaitStored(List<String> ids, long started) {
        DocumentRows.Count count = rows.count(ids);
        long lastProgress = System.currentTimeMillis();
        int reported = 0;
        while (count.stored() < ids.size()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            DocumentRows.Count now = rows.count(ids);
            if (now.stored() > count.stored()) {
                lastProgress = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastProgress > STALL_MILLIS) {
                throw new IllegalStateException("no document stored for 10 minutes; " + now.stored() + " of "
                        + ids.size() + " done");
            }
            count = now;
            if (count.stored() >= reported + Math.max(50, ids.size() / 10)) {
                reported = count.stored();
                log("  %d of %d stored after %.0f s", reported, ids.size(), seconds(started));
            }
        }
        return count;
    }

    /** Offsets are committed every few seconds (throttled strategy), so the lag reaches 0 a little later. */
    private double awaitNoLag(long started) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (lag.lag() > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("consumer lag stayed above 0 for a minute after all were stored");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
        return seconds(started);
    }

    /** A missed sample on a loaded machine is logged; an exception would cancel all later samples. */
    private static Runnable sample(Runnable sample) {
        return () -> {
            try {
                sample.run();
            } catch (RuntimeException e) {
                log("  sample skipped: %s", e.getMessage());
            }
        };
    }

    private static Map<String, Double> cpuMsPerDocument(Map<String, Double> before, Map<String, Double> after,
                                                        int documents) {
        Map<String, Double> perDocument = new LinkedHashMap<>();
        double total = 0;
        for (var entry : after.entrySet()) {
            double ms = 1000 * (entry.getValue() - before.getOrDefault(entry.getKey(), 0.0)) / documents;
            perDocument.put(entry.getKey(), Math.round(ms * 10) / 10.0);
            total += ms;
        }
        perDocument.put(Drain.TOTAL, Math.round(total * 10) / 10.0);
        return perDocument;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void awaitTermination(ScheduledExecutorService sampler) {
        try {
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        rows.close();
        lag.close();
        producer.close();
    }
}
