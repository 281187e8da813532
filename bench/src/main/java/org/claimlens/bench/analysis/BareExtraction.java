package org.claimlens.bench.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.claimlens.analysis.extraction.Article;
import org.claimlens.analysis.extraction.CoreNlpAnalyzer;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.claimlens.analysis.extraction.ExtractionSettings;
import org.claimlens.bench.corpus.CorpusText;
import org.claimlens.bench.load.ClosedLoop;
import org.claimlens.bench.load.LoadResult;

/**
 * The yardstick for analysis: the extraction library alone, no Kafka, no database, over the same texts with the same
 * number of threads and the same settings as analysis-service. Runs as its own JVM, started by {@link BareRun}:
 * {@code BareExtraction TEXTS.json OUT.json THREADS WARMUP [RECORDING.jfr]}.
 */
public final class BareExtraction {

    private BareExtraction() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<CorpusText> texts = List.of(json.readValue(Path.of(args[0]).toFile(), CorpusText[].class));
        int threads = Integer.parseInt(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        Path recording = args.length > 4 ? Path.of(args[4]) : null;

        long loadStart = System.nanoTime();
        DocumentAnalyzer analyzer = new CoreNlpAnalyzer(ExtractionSettings.defaults());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ClosedLoop.run(threads, Math.min(warmUp, texts.size()), i -> analyse(analyzer, texts.get(i), null));

        HeapWatch heap = HeapWatch.start();
        Recording jfr = recording == null ? null : startRecording();
        AtomicLong tokens = new AtomicLong();
        AtomicLong extractionCpuNanos = new AtomicLong();
        long cpuStart = processCpuNanos();
        long gcStart = gcMillis();
        LoadResult run = ClosedLoop.run(threads, texts.size(), i -> {
            long threadCpuStart = THREADS.getCurrentThreadCpuTime();
            int analysed = analyse(analyzer, texts.get(i), tokens);
            extractionCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - threadCpuStart);
            return analysed;
        });
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double gcSeconds = (gcMillis() - gcStart) / 1e3;
        if (jfr != null) {
            jfr.stop();
            jfr.dump(recording);
        }
        heap.stop();
        if (run.failures() > 0) {
            throw new IllegalStateException(run.failures() + " documents failed, first: " + run.firstFailure());
        }
        BareResult result = new BareResult(analyzer.version(), threads, loadSeconds, warmUp, run.documents(),
                tokens.get(), run.seconds(), run.documentsPerSecond(), tokens.get() / run.seconds(), run.latency(),
                cpuSeconds, extractionCpuNanos.get() / 1e9, gcSeconds, heap.maxUsedMib(), heap.maxAfterGcMib(),
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-Xmx")).findFirst().orElse("default"));
        json.writeValue(Path.of(args[1]).toFile(), result);
    }

    /** The same Article the service builds from a DocumentIngested event of this text. */
    private static int analyse(DocumentAnalyzer analyzer, CorpusText text, AtomicLong tokens) {
        var analysis = analyzer.analyze(new Article(text.text(), text.title(), null, CorpusText.SOURCE, null));
        if (tokens != null) {
            tokens.addAndGet(analysis.tokenCount());
        }
        return 1;
    }

    private static Recording startRecording() throws IOException, java.text.ParseException {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    /** Time spent in collections so far, as the collectors report it. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Samples heap use every 100 ms: the peak in use and the peak left after garbage collections. */
    private static final class HeapWatch {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long maxUsed;
        private volatile long maxAfterGc;

        private HeapWatch() {
            thread = new Thread(this::sample, "heap-watch");
            thread.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread.start();
            return watch;
        }

        private void sample() {
            var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            while (running) {
                maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                long afterGc = pools.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                        : p.getCollectionUsage().getUsed()).sum();
                maxAfterGc = Math.max(maxAfterGc, afterGc);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }

        double maxUsedMib() {
            return maxUsed / 1048576.0;
        }

        double maxAfterGcMib() {
            return maxAfterGc / 1048576.0;
        }
    }
}
