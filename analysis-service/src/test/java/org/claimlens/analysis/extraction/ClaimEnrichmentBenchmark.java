package org.claimlens.analysis.extraction;

import org.claimlens.analysis.checkworthiness.CheckWorthinessScorer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cost of the claim enrichment against the entity stage, not run as a test: {@code ClaimEnrichmentBenchmark
 * <folder or .txt file>... [--limit N] [--stride N] [--repeat N]} (every N-th file, at most N files). For each text
 * it runs the entity-only analyzer (the reference the claims issue caps claim extraction against) and times
 * {@link ClaimEnrichment} alone on the claims the finders produced, then prints CPU milliseconds per document for
 * both and their ratio.
 */
public final class ClaimEnrichmentBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ClaimEnrichmentBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> inputs = new ArrayList<>();
        int limit = Integer.MAX_VALUE;
        int repeat = 20;
        int stride = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--stride" -> stride = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<String> texts = read(inputs, limit, stride);
        CoreNlpAnalyzer entitiesOnly = new CoreNlpAnalyzer(ExtractionSettings.entitiesOnly());
        CoreNlpPipeline pipeline = new CoreNlpPipeline(Map.of());
        CoreNlpAnalyzer full = new CoreNlpAnalyzer(ExtractionSettings.defaults());
        ClaimEnrichment enrichment = new ClaimEnrichment(CheckWorthinessScorer.shipped());
        texts.stream().limit(3).forEach(text -> entitiesOnly.analyze(Article.ofText(text)));
        long entityNanos = 0;
        long enrichNanos = 0;
        long claims = 0;
        for (String text : texts) {
            Article article = Article.ofText(text);
            long start = THREADS.getCurrentThreadCpuTime();
            entitiesOnly.analyze(article);
            entityNanos += THREADS.getCurrentThreadCpuTime() - start;
            DocumentAnalysis analysis = full.analyze(article);
            ParsedDocument document = pipeline.parse(text);
            List<Claim> found = analysis.claims().stream().filter(c -> c.kind() != ClaimKind.AUTHOR)
                    .map(c -> new Claim(c.content(), c.kind(), c.claimant(), c.claimantEntityKey(), c.cue(),
                            c.sentenceIndex()))
                    .toList();
            start = THREADS.getCurrentThreadCpuTime();
            for (int r = 0; r < repeat; r++) {
                claims += enrichment.enrich(article, document, analysis.mentions(), analysis.entities(), found).size();
            }
            enrichNanos += (THREADS.getCurrentThreadCpuTime() - start) / repeat;
        }
        double entityMs = entityNanos / 1e6 / texts.size();
        double enrichMs = enrichNanos / 1e6 / texts.size();
        System.out.printf("%d documents, %.1f claims per document%n", texts.size(),
                (double) claims / repeat / texts.size());
        System.out.printf("entity stage: %.1f ms CPU per document; claim enrichment: %.3f ms CPU per document "
                + "(%.2f%% of the entity stage)%n", entityMs, enrichMs, 100 * enrichMs / entityMs);
    }

    /** Every {@code stride}-th text, at most {@code limit} of them. */
    private static List<String> read(List<Path> inputs, int limit, int stride) throws IOException {
        List<String> texts = new ArrayList<>();
        int seen = 0;
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    if (seen++ % stride != 0) {
                        continue;
                    }
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        return texts.subList(0, Math.min(limit, texts.size()));
    }
}
