package org.claimlens.query.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.claimlens.infra.DatabaseAccess;

/** The packaged query-service started as its own process on the benchmark's database, as an operator runs it. */
final class QueryServiceProcess implements AutoCloseable {

    private final Process process;
    private final URI base;

    private QueryServiceProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static QueryServiceProcess start(Path jar, DatabaseAccess access, int poolSize, Path log) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: package query-service first (see README)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("QUERY_DB_URL", access.jdbcUrl(), "QUERY_DB_USER", access.readerUser(),
                "QUERY_DB_PASSWORD", access.readerPassword(), "QUERY_PORT", Integer.toString(port),
                "QUERY_DB_POOL_SIZE", Integer.toString(poolSize),
                // 32 clients from one address: the per-client rate limit would be all the benchmark measured
                "CLAIMLENS_ACCESS_RATE_LIMIT_REQUESTS_PER_SECOND", "0"));
        QueryServiceProcess service = new QueryServiceProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
        service.awaitReady();
        return service;
    }

    URI base() {
        return base;
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("query-service exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("query-service not ready after 90 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
