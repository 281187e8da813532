package org.claimlens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.claimlens.bench.BenchOptions.Scenario;
import org.claimlens.bench.analysis.AnalysisResult;
import org.claimlens.bench.analysis.AnalysisScenario;
import org.claimlens.bench.analysis.BareResult;
import org.claimlens.bench.analysis.BareRun;
import org.claimlens.bench.analysis.Drain;
import org.claimlens.bench.analysis.ScalingResult;
import org.claimlens.bench.corpus.Corpus;
import org.claimlens.bench.corpus.CorpusText;
import org.claimlens.bench.freshness.FreshnessScenario;
import org.claimlens.bench.ingest.IngestResult;
import org.claimlens.bench.ingest.IngestScenario;
import org.claimlens.bench.kafka.IngestProducerSettings;
import org.claimlens.bench.profile.HotSpots;
import org.claimlens.bench.report.Machine;
import org.claimlens.bench.report.QueryFigures;
import org.claimlens.bench.report.Versions;
import org.claimlens.bench.stack.BenchStack;
import org.claimlens.bench.stack.JavaProcess;
import org.claimlens.bench.stack.Layout;
import org.claimlens.bench.stack.Ports;
import org.claimlens.contract.Topics;

import static org.claimlens.bench.report.Progress.log;

/**
 * The benchmark command ({@code bench/run}): starts a fresh stack, runs the scenarios in an order that keeps them
 * apart (ingest before any analysis instance runs; the bare extractor while the stack is idle; freshness on an idle
 * instance; the second instance last), prints a table and writes one JSON file to {@code bench/results/}.
 */
public final class BenchmarkCommand {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final String INGEST_RECORDING = "ingest_service";
    private static final String SERVICE_RECORDING = "analysis_service";
    private static final String BARE_RECORDING = "bare_extraction";

    private final Layout layout;
    private final BenchOptions options;
    private final Map<String, List<Double>> loadAverage = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private String postgres;
    private IngestResult ingest;
    private BareResult bare;
    private AnalysisResult analysis;
    private FreshnessScenario.Result freshness;
    private ScalingResult scaling;

    private BenchmarkCommand(Layout layout, BenchOptions options) {
        this.layout = layout;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Layout layout = Layout.fromSystemProperty();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, layout.root().resolve("../shared/corpus/bbc-news"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new BenchmarkCommand(layout, options).run();
        } catch (IllegalStateException e) {
            // the stack could not start (a port taken, a service that never became ready): say why, briefly
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String runId = RUN_ID.format(started) + "-" + Versions.shortCommit(layout.root())
                + (options.quick() ? "-quick" : "");
        loadAverage.put("start", Machine.loadAverage());
        Corpus corpus = Corpus.read(options.corpus());
        List<CorpusText> texts = corpus.spread(options.analysisDocuments());
        Path directory = Files.createDirectories(layout.runDirectory(runId));
        Ports ports = Ports.fromEnvironment(System.getenv());
        log("benchmark %s (%s): %d corpus texts, %d for analysis; files in %s", runId, options.mode(),
                corpus.texts().size(), texts.size(), directory);
        try (BenchStack stack = BenchStack.start(layout, ports, directory)) {
            postgres = stack.postgresVersion();
            measure(stack, corpus, texts, directory);
        }
        loadAverage.put("end", Machine.loadAverage());
        Map<String, HotSpots> profile = new LinkedHashMap<>();
        for (String name : List.of(INGEST_RECORDING, SERVICE_RECORDING, BARE_RECORDING)) {
            if (Files.exists(directory.resolve(name + ".jfr"))) {
                profile.put(name, HotSpots.of(directory.resolve(name + ".jfr"), 20));
            }
        }
        QueryFigures query = QueryFigures.newest(layout.results()).orElse(null);
        if (query == null) {
            errors.add("query: no bench/results/query-*.json from the query benchmark; its figures are missing");
        }
        Summary summary = Summary.of(ingest, analysis, freshness, scaling, query);
        List<Double> startLoad = loadAverage.get("start");
        boolean loaded = !startLoad.isEmpty() && startLoad.get(0) > Runtime.getRuntime().availableProcessors() / 2.0;
        RunRecord record = new RunRecord(runId, started.toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), options.mode(), loaded, options.note(),
                summary, Goal.of(summary), Machine.current(), loadAverage,
                Versions.of(layout.root(), postgres, bare == null ? null : bare.extractorVersion()),
                corpus(corpus, texts), settings(ports), ingest, analysis, freshness, scaling, query, profile, errors);
        Path file = layout.results().resolve(runId + ".json");
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), record);
        deleteData(directory);
        System.out.println();
        System.out.println(ResultTable.of(record));
        System.out.println(ResultTable.lagSeries(record));
        profile.forEach((name, hotSpots) -> System.out.println(hotSpotLines(name, hotSpots)));
        errors.forEach(e -> System.out.println("error: " + e));
        log("wrote %s", layout.root().relativize(file));
    }

    /**
     * Ingest first, while no analysis instance consumes; then the bare extractor on the otherwise idle stack; then
     * one analysis instance end to end and for freshness; the second instance last.
     */
    private void measure(BenchStack stack, Corpus corpus, List<CorpusText> texts, Path directory) {
        Map<String, String> producerSettings = IngestProducerSettings.read(layout.root());
        if (options.runs(Scenario.INGEST)) {
            loadAverage.put("ingest", Machine.loadAverage());
            startRecording(stack.ingestService());
            ingest = attempt("ingest", () -> new IngestScenario(stack.ingestUrl(), stack.apiKey(),
                    stack.bootstrapServers(), options.ingest(), producerSettings, stack::ingestCpuSeconds)
                    .run(corpus.texts()));
            stopRecording(stack.ingestService(), directory.resolve(INGEST_RECORDING + ".jfr"));
        }
        if (!options.runs(Scenario.ANALYSIS) && !options.runs(Scenario.FRESHNESS)
                && !options.runs(Scenario.SCALING)) {
            return;
        }
        List<CorpusText> warmUp = texts.subList(0, Math.min(options.analysisWarmUp(), texts.size()));
        try (AnalysisScenario scenario = new AnalysisScenario(stack.bootstrapServers(), BenchStack.ANALYSIS_GROUP,
                producerSettings, stack.database(), stack::analysisCpuSeconds)) {
            // the ingest scenario's events are not part of any analysis measurement
            scenario.lag().skipToEnd();
            if (options.runs(Scenario.ANALYSIS)) {
                loadAverage.put("bare extraction", Machine.loadAverage());
                bare = attempt("bare extraction", () -> BareRun.run(texts, options.threads(), warmUp.size(),
                        directory, options.profile() ? directory.resolve(BARE_RECORDING + ".jfr") : null));
            }
            JavaProcess first = stack.startAnalysis(1, options.threads(), List.of());
            scenario.warmUp(warmUp);
            Drain oneInstance = options.runs(Scenario.ANALYSIS)
                    ? endToEnd(stack, first, scenario, texts, directory.resolve(SERVICE_RECORDING + ".jfr")) : null;
            if (bare != null && oneInstance != null) {
                analysis = AnalysisResult.of(bare, oneInstance);
            }
            if (options.runs(Scenario.FRESHNESS)) {
                loadAverage.put("freshness", Machine.loadAverage());
                freshness = attempt("freshness", () -> freshness(stack, corpus, scenario));
            }
            if (options.runs(Scenario.SCALING)) {
                loadAverage.put("scaling", Machine.loadAverage());
                scaling = attempt("scaling", () -> scaling(stack, texts, warmUp, scenario, oneInstance));
            }
        } catch (Exception e) {
            fail("analysis", e);
        }
    }

    /** The first instance alone, with a flight recording of just this measurement when profiling. */
    private Drain endToEnd(BenchStack stack, JavaProcess instance, AnalysisScenario scenario, List<CorpusText> texts,
                           Path recording) {
        loadAverage.put("analysis end to end", Machine.loadAverage());
        startRecording(instance);
        Drain drain = attempt("analysis end to end", () -> scenario.drain(texts, List.of(stack.analysisUrl(1))));
        stopRecording(instance, recording);
        return drain;
    }

    /** A flight recording with the JDK's "profile" settings (execution samples every 10 ms), when profiling. */
    private void startRecording(JavaProcess process) {
        if (options.profile()) {
            process.jcmd("JFR.start", "name=bench", "settings=profile");
        }
    }

    private void stopRecording(JavaProcess process, Path file) {
        if (options.profile()) {
            process.jcmd("JFR.stop", "name=bench", "filename=" + file);
        }
    }

    private FreshnessScenario.Result freshness(BenchStack stack, Corpus corpus, AnalysisScenario scenario) {
        try {
            return new FreshnessScenario(stack.ingestUrl(), stack.apiKey(), stack.queryUrl()).run(corpus.texts(),
                    options.freshnessArticles(), scenario::awaitIdle);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The second instance warms up next to the first before the two are measured together. */
    private ScalingResult scaling(BenchStack stack, List<CorpusText> texts, List<CorpusText> warmUp,
                                  AnalysisScenario scenario, Drain measured) {
        Drain one = measured != null ? measured : scenario.drain(texts, List.of(stack.analysisUrl(1)));
        stack.startAnalysis(2, options.threads(), List.of());
        scenario.awaitMembers(2 * options.threads());
        scenario.warmUp(warmUp);
        Drain two = scenario.drain(texts, List.of(stack.analysisUrl(1), stack.analysisUrl(2)));
        return new ScalingResult(one, two, two.documentsPerSecond() / one.documentsPerSecond());
    }

    private <T> T attempt(String scenario, Supplier<T> measurement) {
        try {
            return measurement.get();
        } catch (RuntimeException e) {
            fail(scenario, e);
            return null;
        }
    }

    private void fail(String scenario, Exception e) {
        log("%s failed: %s", scenario, e);
        errors.add(scenario + ": " + e);
    }

    private Map<String, Object> corpus(Corpus corpus, List<CorpusText> texts) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("folder", corpus.folder().toString());
        info.put("articles", corpus.texts().size());
        info.put("analysed", texts.size());
        info.put("analysed_words", texts.stream().mapToLong(CorpusText::words).sum());
        info.put("read_as_iso_8859_1", corpus.latin1Files());
        return info;
    }

    private Map<String, Object> settings(Ports ports) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("analysis_concurrency", options.threads());
        settings.put("analysis_heap", "-Xmx1g");
        settings.put("analysis_warm_up_documents", options.analysisWarmUp());
        settings.put("topic_partitions", Topics.DEFAULT_PARTITIONS);
        settings.put("ingest", options.ingest());
        settings.put("freshness_articles", options.freshnessArticles());
        settings.put("jfr_profile", options.profile());
        settings.put("scenarios", options.scenarios());
        settings.put("ports", ports);
        return settings;
    }

    private static String hotSpotLines(String name, HotSpots hotSpots) {
        StringBuilder text = new StringBuilder("Hot spots, " + name + " (" + hotSpots.samples() + " samples):\n");
        hotSpots.layers().forEach(s -> text.append(String.format("  %5.1f %%  %s%n", s.percent(), s.name())));
        text.append("  top methods outside the JDK:\n");
        hotSpots.outsideJdkTop().stream().limit(12)
                .forEach(s -> text.append(String.format("  %5.1f %%  %s%n", s.percent(), s.name())));
        return text.toString();
    }

    /** Keeps logs and recordings of the run, drops the broker's and database's data. */
    private static void deleteData(Path directory) {
        for (Path data : List.of(directory.resolve("pg-data"), directory.resolve("pg-work"),
                directory.resolve("kafka/data"))) {
            if (!Files.exists(data)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(data)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + data, e);
            }
        }
    }
}
