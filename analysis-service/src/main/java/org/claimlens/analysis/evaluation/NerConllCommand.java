package org.claimlens.analysis.evaluation;

import org.claimlens.analysis.extraction.ExtractionSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code ner-conll FILE [--baseline] [--full-pipeline]}: scores the extractor's named entities on a CoNLL-2003
 * file, optionally next to plain CoreNLP. {@code --full-pipeline} runs the service's whole pipeline, claims
 * included, instead of its entity stage alone; the entities are the same, only the time differs.
 */
final class NerConllCommand implements Subcommand {

    /** Documents run once before timing, so the first timed one does not pay for JIT compilation. */
    private static final int WARM_UP_DOCUMENTS = 3;

    private final Supplier<NerSystem> baseline;
    private final Function<ExtractionSettings, NerSystem> product;

    NerConllCommand() {
        this(BaselineNer::new, ProductNer::new);
    }

    NerConllCommand(Supplier<NerSystem> baseline, Function<ExtractionSettings, NerSystem> product) {
        this.baseline = baseline;
        this.product = product;
    }

    @Override
    public String name() {
        return "ner-conll";
    }

    @Override
    public String usage() {
        return "ner-conll FILE [--baseline] [--full-pipeline]   named entities on a CoNLL-2003 file";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Set<String> options = new LinkedHashSet<>(args.subList(Math.min(1, args.size()), args.size()));
        if (args.isEmpty() || args.get(0).startsWith("--")
                || !Set.of("--baseline", "--full-pipeline").containsAll(options)) {
            throw new UsageException("ner-conll wants a file and at most --baseline and --full-pipeline");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read " + file);
        }
        List<ConllDocument> documents = read(file);
        List<NerSystem> systems = new ArrayList<>();
        systems.add(product.apply(options.contains("--full-pipeline")
                ? ExtractionSettings.defaults() : ExtractionSettings.entitiesOnly()));
        if (options.contains("--baseline")) {
            systems.add(baseline.get());
        }
        List<NerRun> runs = evaluate(systems, documents);
        new NerReport(documents.size(), runs, options.contains("--full-pipeline")).print(out);
        return 0;
    }

    private static List<ConllDocument> read(Path file) {
        try {
            return ConllReader.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the systems by turns on each document, so that neither is timed on a colder JVM than the other. */
    static List<NerRun> evaluate(List<NerSystem> systems, List<ConllDocument> documents) {
        documents.stream().limit(WARM_UP_DOCUMENTS)
                .forEach(document -> systems.forEach(system -> system.find(document.text().text())));
        List<NerScore> scores = systems.stream().map(system -> new NerScore()).toList();
        long[] nanos = new long[systems.size()];
        long tokens = 0;
        for (ConllDocument document : documents) {
            TokenText text = document.text();
            Set<EntitySpan> gold = document.gold();
            for (int i = 0; i < systems.size(); i++) {
                long start = System.nanoTime();
                List<NerSystem.Found> found = systems.get(i).find(text.text());
                nanos[i] += System.nanoTime() - start;
                scores.get(i).add(gold, spans(text, found));
            }
            tokens += document.tokenCount();
        }
        List<NerRun> runs = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            runs.add(new NerRun(systems.get(i).name(), scores.get(i), tokens, nanos[i]));
        }
        return runs;
    }

    /** Found entities as CoNLL token spans; two found at the same tokens count once. */
    private static Set<EntitySpan> spans(TokenText text, List<NerSystem.Found> found) {
        Set<EntitySpan> spans = new LinkedHashSet<>();
        for (NerSystem.Found entity : found) {
            text.tokens(entity.start(), entity.end())
                    .ifPresent(tokens -> spans.add(new EntitySpan(tokens[0], tokens[1], entity.type())));
        }
        return spans;
    }
}
