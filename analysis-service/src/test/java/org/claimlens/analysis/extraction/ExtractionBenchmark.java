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
 * [--warmup N] [--repeat N] [--threads N] [--compare]}. Prints the pipeline load time, documents and tokens per
 * second, and wall and CPU time per document (CPU summed over the analysing threads). {@code --compare} instead runs
 * the entity stage alone and the whole extractor by turns on each document, on one thread, and prints the CPU time
 * per document of each and their ratio: what claims and descriptors add to entities.
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
        boolean compare = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--compare" -> compare = true;
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<String> texts = read(inputs, limit);
        if (compare) {
            compare(texts, warmup, repeat);
            return;
        }
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

    /** The entity stage and the whole extractor by turns, so that both see the same machine load. */
    private static void compare(List<String> texts, int warmup, int repeat) {
        CoreNlpAnalyzer entities = new CoreNlpAnalyzer(ExtractionSettings.entitiesOnly());
        CoreNlpAnalyzer full = new CoreNlpAnalyzer(ExtractionSettings.defaults());
        texts.stream().limit(warmup).forEach(text -> {
            entities.analyze(Article.ofText(text));
            full.analyze(Article.ofText(text));
        });
        long entityNanos = 0;
        long fullNanos = 0;
        long documents = 0;
        long tokens = 0;
        long claims = 0;
        for (int r = 0; r < repeat; r++) {
            for (String text : texts) {
                long start = THREADS.getCurrentThreadCpuTime();
                entities.analyze(Article.ofText(text));
                long middle = THREADS.getCurrentThreadCpuTime();
                DocumentAnalysis analysis = full.analyze(Article.ofText(text));
                fullNanos += THREADS.getCurrentThreadCpuTime() - middle;
                entityNanos += middle - start;
                documents++;
                tokens += analysis.tokenCount();
                claims += analysis.claims().size();
            }
        }
        System.out.printf("%d documents, %.0f tokens and %.1f claims per document%n", documents,
                (double) tokens / documents, (double) claims / documents);
        System.out.printf("CPU per document: entities only %.1f ms, full %.1f ms, full/entities %.3f%n",
                entityNanos / 1e6 / documents, fullNanos / 1e6 / documents, (double) fullNanos / entityNanos);
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

    /** The texts in name order; with a limit, that many spread evenly over them, so every folder is sampled. */
    private static List<String> read(List<Path> inputs, int limit) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                all.addAll(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
            }
        }
        int count = Math.min(limit, all.size());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(decode(Files.readAllBytes(all.get((int) ((long) i * all.size() / count)))));
        }
        return texts;
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
