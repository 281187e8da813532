package org.claimlens.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.claimlens.edge.ApiKeys;
import org.claimlens.infra.DatabaseAccess;
import org.claimlens.infra.DatabaseRoles;
import org.claimlens.infra.EmbeddedDatabase;

import static org.claimlens.bench.report.Progress.log;

/**
 * The pieces {@code ./stack up} runs, started the same way but on fresh storage in a run directory: embedded
 * PostgreSQL, a Kafka broker process, query-service and ingest-service as processes; analysis instances on demand,
 * so that the benchmark decides when analysis consumes and with which JVM options.
 */
public final class BenchStack implements AutoCloseable {

    /** The consumer group of every analysis instance (the service's default). */
    public static final String ANALYSIS_GROUP = "analysis-service";
    private static final Duration START_PATIENCE = Duration.ofMinutes(5);

    private final Layout layout;
    private final Ports ports;
    private final Path directory;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<JavaProcess> analysisInstances = new ArrayList<>();
    private DatabaseAccess database;
    private JavaProcess kafka;
    private JavaProcess ingest;
    /** The key the benchmark's clients present to ingest-service, which knows only its SHA-256 digest. */
    private final String apiKey = EmbeddedDatabase.randomSecret();

    private BenchStack(Layout layout, Ports ports, Path directory) {
        this.layout = layout;
        this.ports = ports;
        this.directory = directory;
    }

    /** Starts infrastructure, query-service and ingest-service; stops what started if a later piece fails. */
    public static BenchStack start(Layout layout, Ports ports, Path directory) {
        ports.requireFree();
        BenchStack stack = new BenchStack(layout, ports, directory);
        // Ctrl-C ends the JVM without running finally blocks: the processes must not outlive the benchmark
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-bench-stack"));
        try {
            stack.startBase();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startBase() {
        log("starting PostgreSQL on port %d", ports.postgres());
        EmbeddedDatabase db = register(EmbeddedDatabase.start(directory.resolve("pg-work"),
                directory.resolve("pg-data"), ports.postgres(), true, EmbeddedDatabase.randomSecret(),
                EmbeddedDatabase.randomSecret()));
        database = db.access();
        migrate();
        log("starting Kafka (KRaft) on port %d", ports.kafka());
        kafka = register(KafkaBroker.start(layout, ports, directory.resolve("kafka")));
        log("starting query-service on port %d", ports.query());
        register(service("query", ports.query(), "256m", List.of(), Map.of(
                "QUERY_DB_URL", database.jdbcUrl(),
                "QUERY_DB_USER", database.readerUser(),
                "QUERY_DB_PASSWORD", database.readerPassword(),
                "CLAIMLENS_ACCESS_RATE_LIMIT_REQUESTS_PER_SECOND", "0")));
        log("starting ingest-service on port %d", ports.ingest());
        ingest = register(service("ingest", ports.ingest(), "256m", List.of(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(),
                "QUERY_BASE_URL", url(ports.query()),
                "CLAIMLENS_ACCESS_API_KEY_SHA256", ApiKeys.sha256Hex(apiKey),
                // the benchmark is one client pushing as fast as it can; a per-client limit would measure the limit
                "CLAIMLENS_ACCESS_RATE_LIMIT_REQUESTS_PER_SECOND", "0")));
    }

    /**
     * Applies analysis-service's Flyway migrations, as its start would: query-service validates the schema at start,
     * and ingest runs before any analysis instance.
     */
    private void migrate() {
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.ownerUser(), database.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("readerRole", DatabaseRoles.READ_GROUP))
                .load()
                .migrate();
    }

    /**
     * Starts one more analysis instance (first on {@code ANALYSIS_PORT}, second on {@code ANALYSIS2_PORT}) with a
     * 1 GiB heap, as ./stack does, and waits until it is ready (its pipeline loaded and warmed up).
     */
    public JavaProcess startAnalysis(int instance, int concurrency, List<String> jvmOptions) {
        int port = instance == 1 ? ports.analysis() : ports.analysis2();
        log("starting analysis-service #%d on port %d (ANALYSIS_CONCURRENCY=%d)", instance, port, concurrency);
        List<String> options = new ArrayList<>(AnalysisJvm.OPTIONS);
        options.addAll(jvmOptions);
        JavaProcess analysis = register(service("analysis", port, "1g", options, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(),
                "ANALYSIS_DB_URL", database.jdbcUrl(),
                "ANALYSIS_DB_USER", database.ownerUser(),
                "ANALYSIS_DB_PASSWORD", database.ownerPassword(),
                "ANALYSIS_GROUP_ID", ANALYSIS_GROUP,
                "ANALYSIS_CONCURRENCY", Integer.toString(concurrency))));
        analysisInstances.add(analysis);
        return analysis;
    }

    /**
     * CPU seconds used so far by the processes analysis involves: all analysis instances together, the broker and
     * PostgreSQL (all its server processes).
     */
    public Map<String, Double> analysisCpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("analysis_service", analysisInstances.stream().mapToDouble(p -> ProcessCpu.seconds(p.pid())).sum());
        cpu.put("kafka", ProcessCpu.seconds(kafka.pid()));
        cpu.put("postgres", ProcessCpu.postgresSeconds(directory.resolve("pg-data")));
        return cpu;
    }

    /**
     * CPU seconds used so far by the processes ingest involves: ingest-service, the broker, and this JVM, which runs
     * the HTTP clients and the raw producer.
     */
    public Map<String, Double> ingestCpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("ingest_service", ProcessCpu.seconds(ingest.pid()));
        cpu.put("kafka", ProcessCpu.seconds(kafka.pid()));
        cpu.put("benchmark_client", ProcessCpu.seconds(ProcessHandle.current().pid()));
        return cpu;
    }

    /** The ingest-service process, e.g. to record where its time goes. */
    public JavaProcess ingestService() {
        return ingest;
    }

    private JavaProcess service(String name, int port, String heap, List<String> jvmOptions,
                                Map<String, String> settings) {
        List<String> arguments = new ArrayList<>(List.of("-Xmx" + heap));
        arguments.addAll(jvmOptions);
        arguments.addAll(List.of("-jar", layout.serviceJar(name).toString()));
        Map<String, String> env = new HashMap<>(settings);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Path log = logs().resolve(name + "-" + port + ".log");
        return JavaProcess.start(name + "-service", arguments, env, log).awaitHealthy(url(port), START_PATIENCE);
    }

    /** The server's version, as {@code SHOW server_version} reports it. */
    public String postgresVersion() {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.ownerUser(),
                database.ownerPassword())) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask PostgreSQL its version", e);
        }
    }

    public String bootstrapServers() {
        return KafkaBroker.bootstrapServers(ports);
    }

    public DatabaseAccess database() {
        return database;
    }

    /** The API key ingest-service accepts in this run. */
    public String apiKey() {
        return apiKey;
    }

    public String ingestUrl() {
        return url(ports.ingest());
    }

    public String queryUrl() {
        return url(ports.query());
    }

    public String analysisUrl(int instance) {
        return url(instance == 1 ? ports.analysis() : ports.analysis2());
    }

    public Path directory() {
        return directory;
    }

    private Path logs() {
        try {
            return Files.createDirectories(directory.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }

    private <T extends AutoCloseable> T register(T resource) {
        started.add(resource);
        return resource;
    }

    /** Stops everything in reverse order of start; a second call finds nothing left to stop. */
    @Override
    public synchronized void close() {
        List<AutoCloseable> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("could not stop " + resource + ": " + e);
            }
        }
        started.clear();
    }
}
