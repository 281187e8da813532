package org.claimlens.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** A JVM the benchmark started (broker, service or bare extractor), its output in a log file. */
public final class JavaProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Runs {@code java <arguments>} with the JDK running the benchmark, so every JVM of a run is the same. */
    public static JavaProcess start(String name, List<String> arguments, Map<String, String> env, Path log) {
        List<String> command = new ArrayList<>();
        command.add(jdkTool("java"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            return new JavaProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** A program of the JDK running the benchmark ({@code java}, {@code jcmd}). */
    static String jdkTool(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Waits until {@code baseUrl/q/health/ready} answers 200. */
    public JavaProcess awaitHealthy(String baseUrl, Duration patience) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        return awaitUntil(() -> {
            try {
                return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, patience);
    }

    /** Waits until something listens on {@code port}. */
    public JavaProcess awaitPort(int port, Duration patience) {
        return awaitUntil(() -> Ports.listening(port), patience);
    }

    /** Waits for a process that runs to completion; fails unless it exited with 0. */
    public void awaitSuccess(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException(name + " did not finish within " + patience + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** Runs a diagnostic command in this JVM ({@code jcmd <pid> ...}), e.g. to start or stop a flight recording. */
    public void jcmd(String... command) {
        List<String> line = new ArrayList<>(List.of(jdkTool("jcmd"), Long.toString(pid())));
        line.addAll(List.of(command));
        try {
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes());
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JavaProcess awaitUntil(BooleanSupplier ready, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException(name + " not ready after " + patience + "; see " + log);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
        return this;
    }

    /** Asks the JVM to stop (its shutdown hooks run), then forces it after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
