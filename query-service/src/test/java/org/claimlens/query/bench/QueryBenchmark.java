package org.claimlens.query.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.infra.DatabaseAccess;
import org.claimlens.infra.DatabaseRoles;
import org.claimlens.infra.EmbeddedDatabase;
import org.claimlens.query.bench.LoadRunner.Latency;
import org.flywaydb.core.Flyway;

/**
 * Measures the main queries of query-service on a synthetic database of realistic shape: loads it through the
 * Flyway schema, starts the packaged service as a process, and at each size sends the same requests through the
 * REST API and as raw SQL over JDBC from concurrent clients, recording the machine's load average around each
 * run; after each size it takes EXPLAIN (ANALYZE, BUFFERS) of every workload's statements for typical inputs.
 * Writes {@code query-<date>-<time>.json} and {@code .md} to the results folder.
 * Run with {@code query-service/benchmark} (see README).
 */
public final class QueryBenchmark {

    private static final long SEED = 20_260_101L;
    /**
     * The server's memory for caching pages: PostgreSQL's default (128 MB) is smaller than the 100,000-document
     * database (about 2 GB), so reads would come from the operating system's cache; a production server gets a
     * share of its memory.
     */
    private static final Map<String, String> POSTGRES_SETTINGS = Map.of("shared_buffers", "1GB");

    private final BenchmarkOptions options;
    private final LoadRunner runner;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private QueryBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.runner = new LoadRunner(options.clients());
    }

    public static void main(String[] args) throws Exception {
        new QueryBenchmark(BenchmarkOptions.parse(args)).run();
    }

    private void run() throws Exception {
        Map<String, Double> loadAtStart = MachineLoad.now();
        try (EmbeddedDatabase database = EmbeddedDatabase.startEphemeral(POSTGRES_SETTINGS)) {
            DatabaseAccess access = database.access();
            migrate(access);
            SyntheticCorpus corpus = new SyntheticCorpus(SEED);
            List<Map<String, Object>> sizes = new ArrayList<>();
            Map<String, String> plans = new LinkedHashMap<>();
            try (Connection owner = DriverManager.getConnection(access.jdbcUrl(), access.ownerUser(),
                    access.ownerPassword());
                 QueryServiceProcess service = QueryServiceProcess.start(options.jar(), access, options.clients(),
                         options.jar().getParent().getParent().resolve("benchmark-query-service.log"))) {
                BulkLoader loader = new BulkLoader(owner, corpus);
                loader.loadEntities();
                int loaded = 0;
                for (int size : options.sizes()) {
                    long started = System.nanoTime();
                    loader.loadDocuments(loaded, size);
                    loaded = size;
                    vacuumAnalyse(owner);
                    double loadSeconds = (System.nanoTime() - started) / 1e9;
                    Map<String, Long> rows = rowCounts(owner);
                    log("loaded %d documents in %.0f s: %s", size, loadSeconds, rows);
                    List<Workload> workloads = Workloads.all(corpus, loader, rows.get("claim"),
                            options.warmUp() + options.requests(), SEED + size);
                    Map<String, Object> measured = measure(size, loadSeconds, rows, workloads, service.base(), access);
                    plans = explain(workloads, access);
                    measured.put("explain", BenchmarkReport.summaries(plans));
                    sizes.add(measured);
                }
            }
            new BenchmarkReport(options, sizes, plans, postgresVersion(access), POSTGRES_SETTINGS, loadAtStart,
                    MachineLoad.now()).write(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** The plans of every workload's statements, one at a time on the quiet (but for other users) database. */
    private static Map<String, String> explain(List<Workload> workloads, DatabaseAccess access) throws SQLException {
        Map<String, String> plans = new LinkedHashMap<>();
        try (Connection reader = reader(access)) {
            for (Workload w : workloads) {
                w.explain().plans(reader).forEach((label, plan) -> plans.put(w.name() + " (" + label + ")", plan));
            }
        }
        return plans;
    }

    private Map<String, Object> measure(int size, double loadSeconds, Map<String, Long> rows,
                                        List<Workload> workloads, URI base, DatabaseAccess access) throws Exception {
        Map<String, Double> loadBefore = MachineLoad.now();
        List<Map<String, Object>> queries = new ArrayList<>();
        for (Workload w : workloads) {
            Latency api = runner.run(options.warmUp(), options.requests(), () -> index -> get(base,
                    w.requests().get(index).path()));
            Latency sql = runner.run(options.warmUp(), options.requests(), () -> new JdbcClient(reader(access), w));
            log("%-15s %7d docs  API p50 %7.2f p99 %7.2f ms | SQL p50 %7.2f p99 %7.2f ms | p99 API/SQL %.2f | load %s",
                    w.name(), size, api.p50(), api.p99(), sql.p50(), sql.p99(), api.p99() / sql.p99(),
                    MachineLoad.now().get("1min"));
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("name", w.name());
            query.put("request", w.description());
            query.put("api", api);
            query.put("sql", sql);
            query.put("p99ApiOverSql", Math.round(api.p99() / sql.p99() * 100) / 100.0);
            queries.add(query);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documents", size);
        result.put("rows", rows);
        result.put("loadSeconds", Math.round(loadSeconds));
        result.put("loadAverage", Map.of("start", loadBefore, "end", MachineLoad.now()));
        result.put("queries", queries);
        return result;
    }

    private void get(URI base, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** One benchmark client over its own JDBC connection as the read-only login, as the service connects. */
    private record JdbcClient(Connection connection, Workload workload) implements LoadRunner.Client, AutoCloseable {

        @Override
        public void send(int index) throws SQLException {
            workload.requests().get(index).sql().run(connection);
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private static Connection reader(DatabaseAccess access) throws SQLException {
        return DriverManager.getConnection(access.jdbcUrl(), access.readerUser(), access.readerPassword());
    }

    private void migrate(DatabaseAccess access) {
        Flyway.configure()
                .dataSource(access.jdbcUrl(), access.ownerUser(), access.ownerPassword())
                .locations("filesystem:" + options.migrations().toAbsolutePath())
                .placeholders(Map.of("readerRole", DatabaseRoles.READ_GROUP))
                .load()
                .migrate();
    }

    private static void vacuumAnalyse(Connection owner) throws SQLException {
        try (Statement s = owner.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    private static Map<String, Long> rowCounts(Connection owner) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("document", "entity", "entity_alias", "mention", "claim", "claim_source",
                "claim_entity", "claim_quantity", "entity_descriptor")) {
            try (Statement s = owner.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                rows.put(table, rs.getLong(1));
            }
        }
        return rows;
    }

    private static String postgresVersion(DatabaseAccess access) throws SQLException {
        try (Connection c = reader(access); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void log(String format, Object... values) {
        System.out.println(String.format(java.util.Locale.ROOT, format, values));
    }
}
