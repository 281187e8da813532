package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.rest.BadInput.refused;
import static org.claimlens.ingest.rest.BadInput.storedSafely;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimlens.infra.quarkus.KafkaResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input we could think of, against {@code POST /documents}: each gets a 4xx with the one error
 * body naming the problem, or is legal and published unchanged; never a 5xx, never internals.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class BadInputTest {

    private static final String SQL = "'; DROP TABLE document; -- \" OR 1=1";
    private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final List<String> ANSWERS = new ArrayList<>();

    static Stream<BadInput> kinds() {
        return Stream.of(
                refused("malformed JSON: unterminated string", 400, null, () -> json("{\"text\": \"unterminated")),
                refused("malformed JSON: trailing comma", 400, null, () -> json("{\"text\":\"a\",}")),
                refused("malformed JSON: single quotes", 400, null, () -> json("{'text':'a'}")),
                refused("trailing data after the object", 400, null, () -> json("{\"text\":\"a\"} {\"text\":\"b\"}")),
                refused("array instead of object", 400, null, () -> json("[{\"text\":\"a\"}]")),
                refused("string instead of object", 400, null, () -> json("\"just a string\"")),
                refused("number instead of object", 400, null, () -> json("42")),
                refused("wrong type: text is a number", 400, "text", () -> json("{\"text\":42}")),
                refused("wrong type: text is a boolean", 400, "text", () -> json("{\"text\":true}")),
                refused("wrong type: text is an object", 400, "text", () -> json("{\"text\":{\"a\":1}}")),
                refused("wrong type: text is an array", 400, "text", () -> json("{\"text\":[\"a\"]}")),
                refused("wrong type: title is a number", 400, "title", () -> json("{\"text\":\"a\",\"title\":7}")),
                refused("wrong type: publishedAt is epoch millis", 400, "publishedAt",
                        () -> json("{\"text\":\"a\",\"publishedAt\":1541671200000}")),
                refused("huge number literal", 400, "title", () -> json("{\"text\":\"a\",\"title\":1e999999999}")),
                refused("missing text", 400, "text", () -> json("{\"title\":\"no text\"}")),
                refused("text is null", 400, "text", () -> json("{\"text\":null}")),
                refused("empty text", 400, "text", () -> json("{\"text\":\"\"}")),
                refused("whitespace-only text", 400, "text", () -> json("{\"text\":\" \\t\\n\\u00a0\\u3000 \"}")),
                refused("invisible-only text (zero-width spaces)", 400, "text",
                        () -> json("{\"text\":\"\\u200b\\u200b\\ufeff\"}")),
                refused("empty body", 400, "text", () -> json("")),
                refused("JSON null body", 400, "text", () -> json("null")),
                refused("unknown field", 400, "titel", () -> json("{\"text\":\"a\",\"titel\":\"typo\"}")),
                refused("duplicate field", 400, null, () -> json("{\"text\":\"a\",\"text\":\"b\"}")),
                refused("invalid UTF-8 in JSON", 400, null,
                        () -> bytes("application/json", brokenUtf8("{\"text\":\"caf", "\"}"))),
                refused("invalid UTF-8 in plain text", 400, "text",
                        () -> bytes("text/plain; charset=utf-8", brokenUtf8("Caf", " au lait"))),
                refused("NUL in text", 400, "text", () -> json("{\"text\":\"before\\u0000after\"}")),
                refused("NUL in plain text", 400, "text", () -> text("before\u0000after", Map.of())),
                refused("NUL in title", 400, "title", () -> json("{\"text\":\"a\",\"title\":\"x\\u0000y\"}")),
                refused("control characters in title", 400, "title",
                        () -> json("{\"text\":\"a\",\"title\":\"line\\nbreak\\u001b[31m\"}")),
                refused("control characters in source header", 400, "source",
                        () -> text("Some text.", Map.of("source", "a\u0007b"))),
                refused("10,000-level nested JSON", 400, null, () -> json("[".repeat(10_000) + "]".repeat(10_000))),
                refused("10,000-level nested JSON in a field", 400, "title",
                        () -> json("{\"text\":\"a\",\"title\":" + "{\"a\":".repeat(10_000) + "1"
                                + "}".repeat(10_000) + "}")),
                refused("text over 1 MiB", 413, "text", () -> text("x".repeat(1024 * 1024 + 1), Map.of())),
                refused("title of 10,000 characters", 400, "title",
                        () -> json("{\"text\":\"a\",\"title\":\"" + "t".repeat(10_000) + "\"}")),
                refused("externalId of 1,000 characters", 400, "externalId",
                        () -> json("{\"text\":\"a\",\"externalId\":\"" + "e".repeat(1_000) + "\"}")),
                refused("url of 5,000 characters", 400, "url",
                        () -> json("{\"text\":\"a\",\"url\":\"https://example.org/" + "p".repeat(5_000) + "\"}")),
                refused("absurd date: month 99", 400, "publishedAt",
                        () -> json("{\"text\":\"a\",\"publishedAt\":\"9999-99-99\"}")),
                refused("absurd date: year 1", 400, "publishedAt",
                        () -> json("{\"text\":\"a\",\"publishedAt\":\"0001-01-01\"}")),
                refused("absurd date: year 275760", 400, "publishedAt",
                        () -> json("{\"text\":\"a\",\"publishedAt\":\"+275760-09-13T00:00:00Z\"}")),
                refused("absurd date: centuries ahead", 400, "publishedAt",
                        () -> json("{\"text\":\"a\",\"publishedAt\":\"2999-01-01\"}")),
                refused("absurd date in a header", 400, "publishedAt",
                        () -> text("Some text.", Map.of("publishedAt", "-0044-03-15"))),
                refused("SQL payload in url", 400, "url", () -> json(body("a", "url", SQL))),
                refused("script URL", 400, "url", () -> json(body("a", "url", "javascript:alert(1)"))),
                refused("wrong content type (XML)", 415, null, () -> bytes("application/xml", utf8("<text>a</text>"))),
                refused("wrong content type (form)", 415, null,
                        () -> given().formParam("text", "a").post("/documents")),
                refused("unknown charset", 400, "Content-Type",
                        () -> bytes("text/plain; charset=klingon", utf8("Some text."))),
                refused("NUL in an HTML page", 400, "original", () -> bytes("text/html; charset=utf-8",
                        utf8("<html><body><p>The mayor said\u0000 the bridge would reopen.</p></body></html>"))),
                refused("wrong method", 405, null, () -> given().get("/documents")),
                refused("unknown path", 404, null, () -> given().post("/documents/extra/path")),
                refused("empty NDJSON batch", 400, null, () -> bytes("application/x-ndjson", utf8("\n\n"))),
                refused("NDJSON batch over 1,000 lines", 413, null,
                        () -> bytes("application/x-ndjson", utf8("{\"text\":\"a\"}\n".repeat(1_001)))),
                storedSafely("SQL payload in text", SQL, () -> json(body(SQL, "title", "sql"))),
                storedSafely("SQL payload in every metadata field", "Metadata carries SQL.", () -> json(
                        "{\"text\":\"Metadata carries SQL.\",\"title\":" + quoted(SQL) + ",\"source\":" + quoted(SQL)
                                + ",\"author\":" + quoted(SQL) + ",\"externalId\":" + quoted(SQL) + "}")),
                storedSafely("HTML and script payload in text and title", SCRIPT,
                        () -> json(body(SCRIPT, "title", SCRIPT))),
                storedSafely("control characters in text", "bell\u0007 escape\u001b[0m form\ffeed",
                        () -> text("bell\u0007 escape\u001b[0m form\ffeed", Map.of())),
                storedSafely("non-English text (German)", "Die Regierung erklärte, die Steuern würden sinken.",
                        () -> text("Die Regierung erklärte, die Steuern würden sinken.", Map.of())),
                storedSafely("non-English text (Chinese)", "政府表示，税收将会下降。",
                        () -> json(body("政府表示，税收将会下降。", "title", "税收"))),
                storedSafely("right-to-left text with emoji", "قالت الحكومة إن الضرائب ستنخفض 📉",
                        () -> json(body("قالت الحكومة إن الضرائب ستنخفض 📉", "author", "مراسل"))),
                storedSafely("huge single line (1 MiB, no spaces)", "y".repeat(1024 * 1024),
                        () -> text("y".repeat(1024 * 1024), Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void isRefusedClearlyOrStoredSafely(BadInput input) {
        Response response = input.send().get();
        ANSWERS.add(String.format("  %-45s %d %s", input.kind(), response.statusCode(),
                response.statusCode() == 202 ? "stored" : response.jsonPath().getString("message")));

        assertThat(response.statusCode()).as(input.kind()).isEqualTo(input.status());
        if (input.status() == 202) {
            String eventId = response.path("eventId");
            assertThat(PublishedEvents.awaitEvent(eventId).value().path("text").asText()).isEqualTo(input.storedText());
            return;
        }
        assertThat(response.contentType()).startsWith("application/json");
        JsonPath error = response.jsonPath();
        assertThat(error.getInt("status")).isEqualTo(input.status());
        assertThat(error.getString("error")).isNotBlank();
        assertThat(error.getString("message")).isNotBlank()
                .doesNotContain("Exception", "java.", "com.fasterxml", "\tat ", "org.claimlens");
        assertThat(error.getString("field")).as("field of " + input.kind()).isEqualTo(input.field());
        if (input.field() != null) {
            assertThat(error.getString("message")).containsIgnoringCase(input.field());
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("bad-input kinds tried against ingest-service: %d (of %d listed)%n%s%n", ANSWERS.size(),
                kinds().count(), String.join("\n", ANSWERS));
    }

    private static Response json(String body) {
        return given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/documents");
    }

    private static Response text(String text, Map<String, String> query) {
        return given().contentType("text/plain; charset=utf-8").queryParams(query)
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/documents");
    }

    private static Response bytes(String contentType, byte[] body) {
        return given().contentType(contentType).body(body).post("/documents");
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code before}, then 0xC3 0x28 (a lead byte followed by a byte that cannot continue it), then {@code after}. */
    private static byte[] brokenUtf8(String before, String after) {
        byte[] head = utf8(before);
        byte[] tail = utf8(after);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3;
        all[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        return all;
    }

    private static String body(String text, String field, String value) {
        return "{\"text\":" + quoted(text) + ",\"" + field + "\":" + quoted(value) + "}";
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
