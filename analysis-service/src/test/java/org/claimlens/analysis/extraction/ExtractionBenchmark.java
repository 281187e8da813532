package org.claimlens.analysis.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Throughput of the extractor, not run as a test: {@code ExtractionBenchmark <folder or .txt file>... [--limit N]
 * [--warmup N] [--repeat N] [--threads N]}. Prints the pipeline load time, documents and tokens per second, and wall
 * and CPU time per document (CPU summed over the analysing threads).
 */
public final class ExtractionBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractionBenchmark() {
    }

    /** What one analysing thread did. */
    private record Work(long documents, long tokens, long claims, long cpuNanos) {
    }

    public static void main(String[] args) throws Exception {
        List<Path> inputs = new ArrayList<>();
        int limit = Integer.MAX_VALUE;
        int warmup = 5;
        int repeat = 1;
        int threads = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<String> texts = read(inputs, limit);
        long loadStart = System.nanoTime();
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(ExtractionSettings.defaults());
        System.out.printf("pipeline load: %.1f s (%s)%n", (System.nanoTime() - loadStart) / 1e9, analyzer.version());
        texts.stream().limit(warmup).forEach(text -> analyzer.analyze(Article.ofText(text)));
        run(analyzer, texts, repeat, threads);
    }

    private static void run(CoreNlpAnalyzer analyzer, List<String> texts, int repeat, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long wallStart = System.nanoTime();
        List<Future<Work>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            futures.add(pool.submit(() -> analyseShare(analyzer, texts, repeat, first, threads)));
        }
        Work total = new Work(0, 0, 0, 0);
        for (Future<Work> future : futures) {
            Work work = future.get();
            total = new Work(total.documents() + work.documents(), total.tokens() + work.tokens(),
                    total.claims() + work.claims(), total.cpuNanos() + work.cpuNanos());
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        pool.shutdown();
        System.out.printf("%d documents, %d tokens, %d claims in %.1f s on %d thread(s): %.2f docs/s, %.0f tokens/s%n",
                total.documents(), total.tokens(), total.claims(), wall, threads, total.documents() / wall,
                total.tokens() / wall);
        System.out.printf("per document: %.0f ms wall, %.0f ms CPU; %.0f tokens%n",
                1000 * wall * threads / total.documents(), total.cpuNanos() / 1e6 / total.documents(),
                (double) total.tokens() / total.documents());
    }

    /** Every {@code step}-th text from {@code first}, {@code repeat} times over. */
    private static Work analyseShare(CoreNlpAnalyzer analyzer, List<String> texts, int repeat, int first, int step) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long documents = 0;
        long tokens = 0;
        long claims = 0;
        for (int r = 0; r < repeat; r++) {
            for (int i = first; i < texts.size(); i += step) {
                DocumentAnalysis analysis = analyzer.analyze(Article.ofText(texts.get(i)));
                documents++;
                tokens += analysis.tokenCount();
                claims += analysis.claims().size();
            }
        }
        return new Work(documents, tokens, claims, THREADS.getCurrentThreadCpuTime() - cpuStart);
    }

    private static List<String> read(List<Path> inputs, int limit) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(decode(Files.readAllBytes(file)));
                }
            }
        }
        return texts.subList(0, Math.min(limit, texts.size()));
    }

    /** UTF-8, or ISO-8859-1 for the odd file that is not valid UTF-8. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
