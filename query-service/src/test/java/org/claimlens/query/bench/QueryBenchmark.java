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
import java.time.LocalDate;
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
 * REST API and as raw SQL over JDBC from concurrent clients; at the largest size it records EXPLAIN (ANALYZE,
 * BUFFERS) of each query's main statement. Writes {@code query-<date>.json} and {@code .md} to the results folder.
 * Run with {@code query-service/benchmark} (see README).
 */
public final class QueryBenchmark {

    private static final long SEED = 20_260_101L;

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
        try (EmbeddedDatabase database = EmbeddedDatabase.startEphemeral()) {
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
                    sizes.add(measure(size, loadSeconds, rows, workloads, service.base(), access));
                    if (size == options.sizes().get(options.sizes().size() - 1)) {
                        try (Connection reader = reader(access)) {
                            for (Workload w : workloads) {
                                plans.put(w.name(), w.explain().plan(reader));
                            }
                        }
                    }
                }
            }
            new BenchmarkReport(options, sizes, plans, postgresVersion(access)).write(LocalDate.now());
        }
    }

    private Map<String, Object> measure(int size, double loadSeconds, Map<String, Long> rows,
                                        List<Workload> workloads, URI base, DatabaseAccess access) throws Exception {
        List<Map<String, Object>> queries = new ArrayList<>();
        for (Workload w : workloads) {
            Latency api = runner.run(options.warmUp(), options.requests(), () -> index -> get(base,
                    w.requests().get(index).path()));
            Latency sql = runner.run(options.warmUp(), options.requests(), () -> new JdbcClient(reader(access), w));
            log("%-15s %7d docs  API p50 %7.2f p99 %7.2f ms | SQL p50 %7.2f p99 %7.2f ms | p99 API/SQL %.2f",
                    w.name(), size, api.p50(), api.p99(), sql.p50(), sql.p99(), api.p99() / sql.p99());
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
