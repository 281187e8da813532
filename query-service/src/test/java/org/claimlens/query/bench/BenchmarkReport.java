package org.claimlens.query.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.query.bench.LoadRunner.Latency;
import org.claimlens.query.persistence.ServiceStatements;

/**
 * Writes the measured figures as JSON and as Markdown: latency tables, growth from the smallest to the largest
 * size, the machine's load, a summary of every plan at each size and the full EXPLAIN output at the largest.
 */
final class BenchmarkReport {

    private static final Pattern INDEX = Pattern.compile("(?:Index Scan|Index Only Scan|Bitmap Index Scan)"
            + "(?: Backward)?(?: using| on) (\\w+)");
    private static final Pattern SEQUENTIAL = Pattern.compile("Seq Scan on (\\w+)");
    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared((?: \\w+=\\d+)+)");
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
            .withZone(ZoneOffset.UTC);

    private final BenchmarkOptions options;
    private final List<Map<String, Object>> sizes;
    private final Map<String, String> plans;
    private final String postgres;
    private final Map<String, String> settings;
    private final Map<String, Double> loadAtStart;
    private final Map<String, Double> loadAtEnd;

    BenchmarkReport(BenchmarkOptions options, List<Map<String, Object>> sizes, Map<String, String> plans,
                    String postgres, Map<String, String> settings, Map<String, Double> loadAtStart,
                    Map<String, Double> loadAtEnd) {
        this.options = options;
        this.sizes = sizes;
        this.plans = plans;
        this.postgres = postgres;
        this.settings = settings;
        this.loadAtStart = loadAtStart;
        this.loadAtEnd = loadAtEnd;
    }

    /** Per plan: the indexes and sequential scans it uses, the shared buffers it touched, its execution time. */
    static Map<String, Object> summaries(Map<String, String> plans) {
        Map<String, Object> summaries = new LinkedHashMap<>();
        plans.forEach((label, plan) -> summaries.put(label, Map.of("indexes", names(INDEX, plan),
                "sequentialScans", names(SEQUENTIAL, plan), "sharedBuffers", buffers(plan),
                "executionMs", executionMillis(plan))));
        return summaries;
    }

    void write(Instant finished) throws IOException {
        Files.createDirectories(options.results());
        String name = "query-" + STAMP.format(finished);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("finished", finished.toString());
        json.put("machine", Map.of("cores", MachineLoad.cores(), "java", System.getProperty("java.version"),
                "postgres", postgres, "postgresSettings", settings));
        json.put("loadAverage", Map.of("start", loadAtStart, "end", loadAtEnd));
        json.put("clients", options.clients());
        json.put("requestsPerRun", options.requests());
        json.put("warmUpPerRun", options.warmUp());
        json.put("exactTotalLimit", ServiceStatements.exactTotalLimit());
        json.put("sizes", sizes);
        Path jsonFile = options.results().resolve(name + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), json);
        Path markdown = options.results().resolve(name + ".md");
        Files.writeString(markdown, markdown(finished));
        QueryBenchmark.log("wrote %s and %s", jsonFile, markdown);
    }

    @SuppressWarnings("unchecked")
    private String markdown(Instant finished) {
        StringBuilder md = new StringBuilder("# Query benchmark, " + finished + "\n\n");
        md.append(String.format(Locale.ROOT, "%d concurrent clients, %d measured requests per query and side after "
                        + "%d warm-up; %d cores, Java %s, PostgreSQL %s (embedded, %s). Load average (1 min) %.1f "
                        + "before the run (other users), %.1f at the end, which includes the benchmark's own clients "
                        + "and database sessions; above %d, latency includes waiting for a core. Latency in ms.%n%n",
                options.clients(), options.requests(), options.warmUp(), MachineLoad.cores(),
                System.getProperty("java.version"), postgres, settings, loadAtStart.get("1min"),
                loadAtEnd.get("1min"), MachineLoad.cores()));
        md.append("| query | documents | API p50 | API p99 | SQL p50 | SQL p99 | p99 API/SQL | API req/s | load |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Map<String, Object> size : sizes) {
            String load = loadRange(size);
            for (Object q : (List<?>) size.get("queries")) {
                Map<?, ?> query = (Map<?, ?>) q;
                Latency api = (Latency) query.get("api");
                Latency sql = (Latency) query.get("sql");
                md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f | %s |%n",
                        query.get("name"), (Integer) size.get("documents"), api.p50(), api.p99(), sql.p50(),
                        sql.p99(), query.get("p99ApiOverSql"), api.perSecond(), load));
            }
        }
        growth(md);
        md.append("\nRows per size: ");
        sizes.forEach(size -> md.append(String.format(Locale.ROOT, "%n- %,d documents: %s (loaded in %s s)",
                (Integer) size.get("documents"), size.get("rows"), size.get("loadSeconds"))));
        md.append("\n\n## Plans at each size (EXPLAIN ANALYZE, one statement at a time)\n\n");
        md.append("| documents | statement | indexes | sequential scans | shared buffers | ms |\n");
        md.append("|---:|---|---|---|---:|---:|\n");
        for (Map<String, Object> size : sizes) {
            ((Map<?, ?>) size.get("explain")).forEach((label, summary) -> {
                Map<?, ?> s = (Map<?, ?>) summary;
                md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |%n",
                        (Integer) size.get("documents"), label, String.join(", ", (List<String>) s.get("indexes")),
                        String.join(", ", (List<String>) s.get("sequentialScans")), s.get("sharedBuffers"),
                        s.get("executionMs")));
            });
        }
        md.append("\n## EXPLAIN (ANALYZE, BUFFERS) at the largest size\n");
        plans.forEach((label, plan) -> md.append("\n### ").append(label).append("\n\n```\n").append(plan)
                .append("```\n"));
        return md.toString();
    }

    /** p50 and p99 at the largest size over the smallest: below the size ratio is sublinear growth. */
    private void growth(StringBuilder md) {
        if (sizes.size() < 2) {
            return;
        }
        Map<String, Object> small = sizes.get(0);
        Map<String, Object> large = sizes.get(sizes.size() - 1);
        double ratio = (Integer) large.get("documents") / (double) (Integer) small.get("documents");
        md.append(String.format(Locale.ROOT, "%nGrowth from %,d to %,d documents (%.0fx the data):%n%n",
                (Integer) small.get("documents"), (Integer) large.get("documents"), ratio));
        md.append("| query | API p50 | API p99 | SQL p50 | SQL p99 |\n|---|---:|---:|---:|---:|\n");
        List<?> before = (List<?>) small.get("queries");
        List<?> after = (List<?>) large.get("queries");
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            Map<?, ?> b = (Map<?, ?>) before.get(i);
            Map<?, ?> a = (Map<?, ?>) after.get(i);
            Latency ba = (Latency) b.get("api");
            Latency aa = (Latency) a.get("api");
            Latency bs = (Latency) b.get("sql");
            Latency as = (Latency) a.get("sql");
            md.append(String.format(Locale.ROOT, "| %s | %.2fx | %.2fx | %.2fx | %.2fx |%n", a.get("name"),
                    aa.p50() / ba.p50(), aa.p99() / ba.p99(), as.p50() / bs.p50(), as.p99() / bs.p99()));
        }
    }

    @SuppressWarnings("unchecked")
    private static String loadRange(Map<String, Object> size) {
        Map<String, Map<String, Double>> load = (Map<String, Map<String, Double>>) size.get("loadAverage");
        return String.format(Locale.ROOT, "%.1f-%.1f", load.get("start").get("1min"), load.get("end").get("1min"));
    }

    private static List<String> names(Pattern pattern, String plan) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = pattern.matcher(plan);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /** The root node's shared buffers (hit, read, ...): its line is the plan's first Buffers line. */
    private static String buffers(String plan) {
        Matcher m = BUFFERS.matcher(plan);
        return m.find() ? m.group(1).trim() : "";
    }

    private static double executionMillis(String plan) {
        Matcher m = EXECUTION.matcher(plan);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
