package org.claimlens.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.claimlens.bench.ingest.IngestSettings;

/**
 * The command line of {@code bench/run}: {@code [--quick] [--corpus DIR] [--threads N] [--warm-up N]
 * [--only ingest,analysis,...] [--profile] [--note TEXT]}. Quick runs measure a few hundred documents, full runs
 * the whole corpus. {@code --profile} records JFR profiles during the runs, which slows both sides by a third, so
 * its figures are for finding hot spots, not for the table. {@code --warm-up} sets how many texts the bare extractor and the service first analyse unmeasured
 * (quick 50, full 200): the JIT compiler is still busy after a few hundred documents.
 */
record BenchOptions(boolean quick, Path corpus, int threads, int warmUp, Set<Scenario> scenarios, boolean profile,
                    String note) {

    /** The parts of a run; each can be chosen alone while developing. */
    enum Scenario { INGEST, ANALYSIS, FRESHNESS, SCALING }

    static final String USAGE = "usage: bench/run [--quick] [--corpus DIR] [--threads N] [--warm-up N] "
            + "[--only ingest,analysis,freshness,scaling] [--profile] [--note TEXT]";

    static BenchOptions parse(String[] args, Path defaultCorpus) {
        boolean quick = false;
        Path corpus = defaultCorpus;
        int threads = 2;
        int warmUp = -1;
        Set<Scenario> scenarios = EnumSet.allOf(Scenario.class);
        boolean profile = false;
        String note = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--corpus" -> corpus = Path.of(value(args, ++i));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                case "--warm-up" -> warmUp = Integer.parseInt(value(args, ++i));
                case "--only" -> scenarios = scenarios(value(args, ++i));
                case "--profile" -> profile = true;
                case "--no-profile" -> profile = false;
                case "--note" -> note = value(args, ++i);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (warmUp == -1) {
            warmUp = quick ? 50 : 200;
        } else if (warmUp < 1) {
            throw new IllegalArgumentException("--warm-up must be at least 1");
        }
        return new BenchOptions(quick, corpus.toAbsolutePath().normalize(), threads, warmUp, scenarios, profile,
                note);
    }

    boolean runs(Scenario scenario) {
        return scenarios.contains(scenario);
    }

    String mode() {
        return quick ? "quick" : "full";
    }

    /** Documents analysed end to end, by the bare extractor, and in each scaling measurement; all in a full run. */
    int analysisDocuments() {
        return quick ? 200 : Integer.MAX_VALUE;
    }

    int analysisWarmUp() {
        return warmUp;
    }

    int freshnessArticles() {
        return 20;
    }

    IngestSettings ingest() {
        return quick ? new IngestSettings(16, 4, 100, 1000, 1000, 1) : new IngestSettings(16, 4, 100, 3000, 2000, 3);
    }

    private static Set<Scenario> scenarios(String list) {
        Set<Scenario> chosen = EnumSet.noneOf(Scenario.class);
        for (String name : list.split(",")) {
            chosen.add(Scenario.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        return chosen;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
