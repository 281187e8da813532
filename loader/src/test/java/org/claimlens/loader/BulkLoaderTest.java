package org.claimlens.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's protocol against a scripted stand-in for ingest-service on loopback: retries, batches, summary.
 * The real service is exercised by the end-to-end bulk load test.
 */
class BulkLoaderTest {

    @TempDir
    Path folder;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/documents", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void sendsEveryFileRetriesBusyAnswersAndSummarises() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Headline A\n\nBody A.");
        Files.writeString(folder.resolve("b.txt"), "busy once");
        Files.writeString(folder.resolve("c.txt"), "same text");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/d.txt"), "same text");
        Files.writeString(folder.resolve("sub/page.html"), "<p>page</p>");
        Files.write(folder.resolve("sub/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.writeString(folder.resolve("sub/bad.txt"), "refused");
        Files.writeString(folder.resolve("lines.ndjson"), "{\"text\":\"one\"}\n\n{\"text\":\"busy line\"}\n"
                + "{\"text\":\"two\"}\n");
        Files.writeString(folder.resolve("ignored.pdf"), "not sent");
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        LoadResult result = new BulkLoader(options("path")).run(new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(result.documents()).isEqualTo(10);
        assertThat(result.accepted()).isEqualTo(9);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.retries()).isEqualTo(2);
        assertThat(result.reasons()).containsExactly("400 text: refused on purpose");
        assertThat(attempts.get("busy once").get()).isEqualTo(2);
        assertThat(attempts.get("busy line").get()).isEqualTo(2);
        assertThat(requests).anySatisfy(r -> assertThat(r).startsWith("text/html; charset=utf-8 ")
                .contains("externalId=file%3A" + folder.toAbsolutePath().toString().replace("/", "%2F")));
        assertThat(requests).anySatisfy(r -> assertThat(r).endsWith("caf\u00e9"));
        assertThat(requests).noneSatisfy(r -> assertThat(r).contains("not sent"));
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("sent 10, accepted 9 (8 distinct texts, 1 duplicates), failed 1, retried 2 requests")
                .contains("1 file(s) were not valid UTF-8")
                .contains("1 x 400 text: refused on purpose (first: " + folder.resolve("sub/bad.txt") + ")");
    }

    @Test
    void sendsTheApiKeyAndWaitsOutTheRateLimit() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "limited once");
        Files.writeString(folder.resolve("b.txt"), "Body B.");

        LoadResult result = new BulkLoader(LoadOptions.parse(new String[] {folder.toString(), "--url",
                "http://127.0.0.1:" + server.getAddress().getPort()}, "", "the-key"))
                .run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.retries()).isEqualTo(1);
        assertThat(attempts.get("limited once").get()).isEqualTo(2);
        assertThat(keys).hasSize(3).containsOnly("the-key");
    }

    @Test
    void contentIdentitySendsNoExternalId() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Body A.");

        new BulkLoader(options("content")).run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertThat(requests).singleElement().satisfies(r -> assertThat(r).doesNotContain("externalId"));
    }

    private LoadOptions options(String identity) {
        return LoadOptions.parse(new String[] {folder.toString(), "--url",
                "http://127.0.0.1:" + server.getAddress().getPort(), "--id", identity, "--concurrency", "3"}, "", null);
    }

    /**
     * 503 (429 for "limited") with Retry-After 0 for the first try of "busy" and "limited" texts, 400 for "refused",
     * 202 with a hash otherwise.
     */
    private void answer(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(type + " " + exchange.getRequestURI().getRawQuery() + " " + body);
        String key = exchange.getRequestHeaders().getFirst("X-API-Key");
        if (key != null) {
            keys.add(key);
        }
        if (type.startsWith("application/x-ndjson")) {
            StringBuilder lines = new StringBuilder();
            int number = 0;
            for (String line : body.split("\n")) {
                String text = line.replaceAll(".*\"text\":\"([^\"]*)\".*", "$1");
                boolean busy = text.startsWith("busy") && attempts.computeIfAbsent(text, t -> new AtomicInteger())
                        .incrementAndGet() == 1;
                lines.append(busy ? "{\"line\":" + ++number + ",\"status\":503,\"message\":\"busy\"}"
                        : "{\"line\":" + ++number + ",\"status\":202,\"contentHash\":\"" + text + "\"}").append('\n');
            }
            reply(exchange, 200, lines.toString(), null);
        } else if ((body.startsWith("busy") || body.startsWith("limited"))
                && attempts.computeIfAbsent(body, t -> new AtomicInteger()).incrementAndGet() == 1) {
            int status = body.startsWith("busy") ? 503 : 429;
            reply(exchange, status, "{\"status\":" + status + ",\"message\":\"busy\"}", "0");
        } else if (body.equals("refused")) {
            reply(exchange, 400, "{\"status\":400,\"field\":\"text\",\"message\":\"refused on purpose\"}", null);
        } else {
            reply(exchange, 202, "{\"id\":\"x\",\"contentHash\":\"" + body.hashCode() + "\"}", null);
        }
    }

    private static void reply(HttpExchange exchange, int status, String body, String retryAfter) throws IOException {
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
