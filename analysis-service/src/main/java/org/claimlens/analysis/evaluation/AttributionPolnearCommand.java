package org.claimlens.analysis.evaluation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code attribution-polnear DIR [--limit N] [--no-baseline]}: scores the product's attributed claims on a PolNeAR
 * split folder next to CoreNLP's own quote attribution (see {@link AttributionScorer} for the rules). The last line
 * is one JSON object of the product's scores with the baseline's under {@code baseline}.
 */
final class AttributionPolnearCommand implements Subcommand {

    /** Documents run once before timing, so the first timed one does not pay for JIT compilation. */
    private static final int WARM_UP_DOCUMENTS = 2;

    private final Supplier<AttributionSystem> product;
    private final Supplier<AttributionSystem> baseline;

    AttributionPolnearCommand() {
        this(ProductAttribution::new, BaselineAttribution::new);
    }

    AttributionPolnearCommand(Supplier<AttributionSystem> product, Supplier<AttributionSystem> baseline) {
        this.product = product;
        this.baseline = baseline;
    }

    @Override
    public String name() {
        return "attribution-polnear";
    }

    @Override
    public String usage() {
        return "attribution-polnear DIR [--limit N] [--no-baseline]   attributed claims on a PolNeAR split folder";
    }

    /** The scores and time of one system over all documents. */
    record Run(String name, AttributionCounts counts, int documents, long nanos) {

        double msPerDocument() {
            return documents == 0 ? 0 : nanos / 1e6 / documents;
        }
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Options options = Options.parse(args);
        List<PolnearArticle> articles = PolnearArticle.read(options.split(), options.limit());
        List<AttributionSystem> systems = new ArrayList<>(List.of(product.get()));
        if (options.baseline()) {
            systems.add(baseline.get());
        }
        List<Run> runs = evaluate(systems, articles);
        print(runs, articles.size(), out);
        return 0;
    }

    /** Runs the systems by turns on each article, so that neither is timed on a colder JVM than the other. */
    static List<Run> evaluate(List<AttributionSystem> systems, List<PolnearArticle> articles) {
        articles.stream().limit(WARM_UP_DOCUMENTS).forEach(a -> systems.forEach(system -> system.find(a.text())));
        AttributionCounts[] counts = new AttributionCounts[systems.size()];
        Arrays.fill(counts, AttributionCounts.NONE);
        long[] nanos = new long[systems.size()];
        for (PolnearArticle article : articles) {
            for (int i = 0; i < systems.size(); i++) {
                long start = System.nanoTime();
                List<AttributionRelation> found = systems.get(i).find(article.text());
                nanos[i] += System.nanoTime() - start;
                counts[i] = counts[i].plus(article.score(found));
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            runs.add(new Run(systems.get(i).name(), counts[i], articles.size(), nanos[i]));
        }
        return runs;
    }

    private static void print(List<Run> runs, int documents, PrintStream out) {
        out.printf(Locale.ROOT, "PolNeAR attributions, %d articles%n", documents);
        out.printf(Locale.ROOT, "%-14s %9s %9s %9s %9s %9s %7s %7s %9s%n", "system", "precision", "recall", "f1",
                "claimant", "cue_f1", "found", "gold", "ms/doc");
        for (Run run : runs) {
            AttributionCounts c = run.counts();
            out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9.3f %9.3f %7.0f %7.0f %9.0f%n", run.name(),
                    c.precision(), c.recall(), c.f1(), c.claimantAccuracy(), c.cueF1(), c.predicted(), c.gold(),
                    run.msPerDocument());
        }
        Map<String, Object> summary = new LinkedHashMap<>(json(runs.get(0)));
        summary.put("documents", documents);
        if (runs.size() > 1) {
            summary.put("baseline", json(runs.get(1)));
        }
        out.println(Json.write(summary));
    }

    private static Map<String, Object> json(Run run) {
        Map<String, Object> scores = new LinkedHashMap<>(run.counts().scores());
        scores.put("ms_per_doc", run.msPerDocument());
        return scores;
    }

    /** The parsed arguments. */
    record Options(Path split, int limit, boolean baseline) {

        static Options parse(List<String> args) {
            if (args.isEmpty() || args.get(0).startsWith("--")) {
                throw new UsageException("attribution-polnear wants a split folder");
            }
            Path split = Path.of(args.get(0));
            if (!Files.isDirectory(split.resolve("text")) || !Files.isDirectory(split.resolve("attributions"))) {
                throw new UsageException(split + " holds no text/ and attributions/ folders");
            }
            int limit = Integer.MAX_VALUE;
            boolean baseline = true;
            for (int i = 1; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--no-baseline" -> baseline = false;
                    case "--limit" -> limit = positive(i + 1 < args.size() ? args.get(++i) : "");
                    default -> throw new UsageException("unknown option " + args.get(i));
                }
            }
            return new Options(split, limit, baseline);
        }

        private static int positive(String value) {
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below with the usage
            }
            throw new UsageException("--limit wants a positive number, not '" + value + "'");
        }
    }
}
