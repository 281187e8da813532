package org.claimlens.analysis.processing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimlens.analysis.config.ProcessingConfig;
import org.claimlens.analysis.extraction.Article;
import org.claimlens.analysis.extraction.DocumentAnalysis;
import org.claimlens.analysis.extraction.DocumentAnalyzer;
import org.jboss.logging.MDC;

/**
 * Runs extraction on a worker thread with a deadline, so one runaway document cannot hold a consumer. At the deadline
 * the worker is interrupted (CoreNLP's annotators check for that inside and between sentences) and the document
 * fails; a worker that ignores the interrupt is left to finish on its own and counted as a runaway meanwhile.
 */
@ApplicationScoped
public class BoundedExtraction {

    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int ABANDONED = 2;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final DocumentAnalyzer analyzer;
    private final Duration timeout;
    private final AtomicInteger runaways = new AtomicInteger();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final Counter cpuSeconds;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "extraction-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public BoundedExtraction(DocumentAnalyzer analyzer, ProcessingConfig config, MeterRegistry registry) {
        this.analyzer = analyzer;
        this.timeout = config.extractionTimeout();
        registry.gauge("claimlens.extraction.runaway", runaways);
        this.cpuSeconds = Counter.builder("claimlens.extraction.cpu")
                .description("CPU time of the extraction threads, in seconds: next to the extractor run alone, it "
                        + "tells what sharing the machine with the broker, the database and the writes costs")
                .baseUnit("seconds")
                .register(registry);
    }

    /**
     * The analysis of {@code article}, or {@link ExtractionAbortedException} when it ran past the deadline or died
     * of an {@link Error}; exceptions of the extractor itself pass through unchanged.
     */
    public DocumentAnalysis analyze(Article article) {
        Map<String, Object> mdc = MDC.getMap();
        AtomicInteger state = new AtomicInteger(RUNNING);
        Future<DocumentAnalysis> result = workers.submit(() -> {
            mdc.forEach(MDC::put);
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            try {
                return analyzer.analyze(article);
            } finally {
                cpuSeconds.increment((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
                MDC.clear();
                if (!state.compareAndSet(RUNNING, FINISHED)) {
                    runaways.decrementAndGet();
                }
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(result, state);
            throw new ExtractionAbortedException("extraction took longer than " + timeout.toMillis()
                    + " ms and was stopped", e);
        } catch (InterruptedException e) {
            stop(result, state);
            Thread.currentThread().interrupt();
            throw new ExtractionAbortedException("extraction was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ExtractionAbortedException("extraction died of " + e.getCause().getClass().getSimpleName(),
                    e.getCause());
        }
    }

    /** Extractions stopped at their deadline whose threads still run. */
    public int runaways() {
        return runaways.get();
    }

    private void stop(Future<DocumentAnalysis> result, AtomicInteger state) {
        if (state.compareAndSet(RUNNING, ABANDONED)) {
            runaways.incrementAndGet();
        }
        result.cancel(true);
    }

    @PreDestroy
    void shutdown() {
        workers.shutdownNow();
    }
}
