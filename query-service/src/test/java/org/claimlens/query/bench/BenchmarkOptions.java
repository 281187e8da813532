package org.claimlens.query.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's settings, from {@code --name value} arguments: database sizes in documents, measured requests
 * per query and side, warm-up requests, concurrent clients, and where the service jar, the migrations and the
 * results are.
 */
record BenchmarkOptions(List<Integer> sizes, int requests, int warmUp, int clients, Path jar, Path migrations,
                        Path results) {

    static BenchmarkOptions parse(String[] args) {
        List<Integer> sizes = List.of(10_000, 100_000);
        int requests = 1_600;
        int warmUp = 320;
        int clients = 32;
        Path jar = Path.of("query-service/target/quarkus-app/quarkus-run.jar");
        Path migrations = Path.of("analysis-service/src/main/resources/db/migration");
        Path results = Path.of("bench/results");
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(Integer::valueOf).sorted().toList();
                case "--requests" -> requests = Integer.parseInt(value);
                case "--warm-up" -> warmUp = Integer.parseInt(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--jar" -> jar = Path.of(value);
                case "--migrations" -> migrations = Path.of(value);
                case "--results" -> results = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --sizes "
                        + "10000,100000 --requests N --warm-up N --clients N --jar PATH --migrations DIR "
                        + "--results DIR");
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
        }
        return new BenchmarkOptions(sizes, requests, warmUp, clients, jar, migrations, results);
    }
}
