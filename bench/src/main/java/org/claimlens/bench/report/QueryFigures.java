package org.claimlens.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The query benchmark's figures ({@code query-service/benchmark}, which writes {@code bench/results/query-*.json}):
 * copied from its newest result file, never measured here. {@code p99Ms} and {@code p50Ms} are the slowest query's
 * REST figures at the largest database size; {@code p99GrowthSmallToLarge} compares them with the smallest size.
 */
public record QueryFigures(String file, int clients, List<Size> sizes, Double p50Ms, Double p99Ms,
                           Double p99GrowthSmallToLarge) {

    /** REST latency of each query at one database size. */
    public record Size(int documents, List<Query> queries) {
    }

    /** One query's REST latency. */
    public record Query(String name, double p50Ms, double p99Ms) {
    }

    /** The newest {@code query-*.json} in the folder, if there is one the benchmark can read. */
    public static Optional<QueryFigures> newest(Path results) {
        if (!Files.isDirectory(results)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(results)) {
            Optional<Path> newest = files.filter(f -> f.getFileName().toString().matches("query-.*\\.json"))
                    // by name without ".json": "query-2026-12-01" comes before "query-2026-12-01-1042"
                    .max(Comparator.comparing(f -> f.getFileName().toString().replaceFirst("\\.json$", "")));
            return newest.map(QueryFigures::read);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static QueryFigures read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Size> sizes = new ArrayList<>();
            for (JsonNode size : root.path("sizes")) {
                List<Query> queries = new ArrayList<>();
                for (JsonNode query : size.path("queries")) {
                    JsonNode api = query.path("api");
                    queries.add(new Query(query.path("name").asText(), api.path("p50").asDouble(),
                            api.path("p99").asDouble()));
                }
                sizes.add(new Size(size.path("documents").asInt(), queries));
            }
            sizes.sort(Comparator.comparingInt(Size::documents));
            Double p99Large = sizes.isEmpty() ? null : worst(sizes.get(sizes.size() - 1), true);
            Double p50Large = sizes.isEmpty() ? null : worst(sizes.get(sizes.size() - 1), false);
            Double p99Small = sizes.size() < 2 ? null : worst(sizes.get(0), true);
            return new QueryFigures(file.getFileName().toString(), root.path("clients").asInt(), sizes, p50Large,
                    p99Large, p99Small == null || p99Large == null ? null : p99Large / p99Small);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Double worst(Size size, boolean p99) {
        return size.queries().stream().mapToDouble(q -> p99 ? q.p99Ms() : q.p50Ms()).max().stream().boxed()
                .findFirst().orElse(null);
    }
}
