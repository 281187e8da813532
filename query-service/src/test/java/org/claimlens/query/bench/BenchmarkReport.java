package org.claimlens.query.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.query.bench.LoadRunner.Latency;

/** Writes the measured figures as JSON and as Markdown with the tables and the EXPLAIN output. */
final class BenchmarkReport {

    private static final Pattern INDEX = Pattern.compile("(?:Index Scan|Index Only Scan|Bitmap Index Scan)"
            + "(?: Backward)?(?: using| on) (\\w+)");

    private final BenchmarkOptions options;
    private final List<Map<String, Object>> sizes;
    private final Map<String, String> plans;
    private final String postgres;

    BenchmarkReport(BenchmarkOptions options, List<Map<String, Object>> sizes, Map<String, String> plans,
                    String postgres) {
        this.options = options;
        this.sizes = sizes;
        this.plans = plans;
        this.postgres = postgres;
    }

    void write(LocalDate day) throws IOException {
        Files.createDirectories(options.results());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", day.toString());
        json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java",
                System.getProperty("java.version"), "postgres", postgres));
        json.put("clients", options.clients());
        json.put("requestsPerRun", options.requests());
        json.put("warmUpPerRun", options.warmUp());
        json.put("sizes", sizes);
        Map<String, Object> explain = new LinkedHashMap<>();
        plans.forEach((name, plan) -> explain.put(name, Map.of("indexes", indexes(plan), "executionMs",
                executionMillis(plan))));
        json.put("explain", explain);
        Path jsonFile = options.results().resolve("query-" + day + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), json);
        Path markdown = options.results().resolve("query-" + day + ".md");
        Files.writeString(markdown, markdown(day));
        QueryBenchmark.log("wrote %s and %s", jsonFile, markdown);
    }

    private String markdown(LocalDate day) {
        StringBuilder md = new StringBuilder("# Query benchmark, " + day + "\n\n");
        md.append(String.format(Locale.ROOT, "%d concurrent clients, %d measured requests per query and side after "
                        + "%d warm-up; %d cores, Java %s, PostgreSQL %s (embedded, default settings). Latency in ms.%n%n",
                options.clients(), options.requests(), options.warmUp(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), postgres));
        md.append("| query | documents | API p50 | API p99 | SQL p50 | SQL p99 | p99 API/SQL | API req/s |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> size : sizes) {
            for (Object q : (List<?>) size.get("queries")) {
                Map<?, ?> query = (Map<?, ?>) q;
                Latency api = (Latency) query.get("api");
                Latency sql = (Latency) query.get("sql");
                md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f |%n",
                        query.get("name"), (Integer) size.get("documents"), api.p50(), api.p99(), sql.p50(),
                        sql.p99(), query.get("p99ApiOverSql"), api.perSecond()));
            }
        }
        md.append("\nRows per size: ");
        sizes.forEach(size -> md.append(String.format(Locale.ROOT, "%n- %,d documents: %s (loaded in %s s)",
                (Integer) size.get("documents"), size.get("rows"), size.get("loadSeconds"))));
        md.append("\n\n## EXPLAIN (ANALYZE, BUFFERS) at the largest size\n");
        plans.forEach((name, plan) -> md.append("\n### ").append(name).append("\n\nIndexes: ")
                .append(String.join(", ", indexes(plan))).append("\n\n```\n").append(plan).append("```\n"));
        return md.toString();
    }

    private static List<String> indexes(String plan) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = INDEX.matcher(plan);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    private static double executionMillis(String plan) {
        Matcher m = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
