package org.claimlens.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmark finds the built project and keeps its files; the root comes from {@code bench/run}. */
public record Layout(Path root) {

    public static Layout fromSystemProperty() {
        return new Layout(Path.of(System.getProperty("claimlens.root", ".")).toAbsolutePath().normalize());
    }

    /** {@code <name>-service/target/quarkus-app/quarkus-run.jar}, the packaged service as an operator runs it. */
    public Path serviceJar(String name) {
        return requireFile(root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar"));
    }

    /** The broker's class path: local-infra's runtime dependencies, written by its build, as ./stack uses it. */
    public String kafkaClasspath() {
        try {
            return Files.readString(requireFile(root.resolve("local-infra/target/runtime.classpath"))).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path results() {
        return root.resolve("bench/results");
    }

    /** Logs, broker and database files and recordings of one run; under target/, so never committed. */
    public Path runDirectory(String runId) {
        return root.resolve("bench/target/runs/" + runId);
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build the project first (bench/run does)");
        }
        return file;
    }
}
