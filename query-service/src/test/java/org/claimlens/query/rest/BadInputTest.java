package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input we could think of, against every query endpoint: each gets a 400/404/405 with the one
 * error body naming the parameter, or is harmless and answered 200 from intact data; never a 5xx, never internals.
 */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class BadInputTest {

    private static final String SQL = "'; DROP TABLE document; --";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String UUID = "00000000-0000-4000-8000-000000000000";
    private static final List<String> ANSWERS = new ArrayList<>();

    /** One kind of bad input: the raw path and query (already percent-encoded), what must come back. */
    record Kind(String name, String uri, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void seed() {
        TestData.reset();
        TestData.seedSyriaStory();
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("negative page size", "/documents?size=-1", 400, "size"),
                new Kind("zero page size", "/claims?size=0", 400, "size"),
                new Kind("huge page size", "/entities?size=1000000000000", 400, "size"),
                new Kind("page size that is not a number", "/documents?size=ten", 400, "size"),
                new Kind("negative page", "/documents?page=-5", 400, "page"),
                new Kind("page beyond the deepest offset", "/claims?page=99999999", 400, "page"),
                new Kind("fractional page", "/documents?page=1.5", 400, "page"),
                new Kind("unknown sort field", "/documents?sort=password", 400, "sort"),
                new Kind("doubled sort prefix", "/documents?sort=--title", 400, "sort"),
                new Kind("unknown entity sort", "/entities?sort=random()", 400, "sort"),
                new Kind("bad UUID", "/documents/not-a-uuid", 400, "id"),
                new Kind("UUID in braces", "/documents/%7B" + UUID + "%7D/claims", 400, "id"),
                new Kind("unknown document", "/documents/" + UUID + "/entities", 404, null),
                new Kind("entity id that is not a number", "/entities/abc", 400, "id"),
                new Kind("entity id zero", "/entities/0", 400, "id"),
                new Kind("claim id beyond long", "/claims/99999999999999999999999", 400, "id"),
                new Kind("negative claim id for similar", "/claims/-3/similar", 400, "id"),
                new Kind("similarity threshold out of range", "/claims/1/similar?threshold=5", 400, "threshold"),
                new Kind("threshold NaN", "/claims/1/similar?threshold=NaN", 400, "threshold"),
                new Kind("bad document filter UUID", "/claims?document=123", 400, "document"),
                new Kind("absurd date: month 13", "/documents?publishedFrom=2024-13-01", 400, "publishedFrom"),
                new Kind("absurd date: year 999999999", "/documents?ingestedTo=%2B999999999-12-31T23:59:59Z", 400,
                        "ingestedTo"),
                new Kind("absurd date: year -4713", "/claims?from=-4713-01-01T00:00:00Z", 400, "from"),
                new Kind("absurd date in timeline", "/timeline?q=isis&to=%2B275760-09-13T00:00:00Z", 400, "to"),
                new Kind("range ending before it starts", "/documents?publishedFrom=2020-02-01&publishedTo=2020-01-01",
                        400, "publishedTo"),
                new Kind("unknown status", "/documents?status=DELETED", 400, "status"),
                new Kind("unknown claim kind", "/claims?kind=RUMOUR", 400, "kind"),
                new Kind("unknown certainty", "/facets?certainty=ABSOLUTE", 400, "certainty"),
                new Kind("check-worthiness above 1", "/claims?minCheckWorthiness=2", 400, "minCheckWorthiness"),
                new Kind("boolean that is not", "/claims?checkWorthy=maybe", 400, "checkWorthy"),
                new Kind("unknown entity type", "/entities?type=ALIEN", 400, "type"),
                new Kind("unknown timeline interval", "/timeline?q=isis&interval=century", 400, "interval"),
                new Kind("timeline with both entity and q", "/timeline?q=isis&entity=1", 400, "q"),
                new Kind("unknown export format", "/claims/export?format=xlsx", 400, "format"),
                new Kind("search text over 200 characters", "/claims?q=" + "a".repeat(201), 400, "q"),
                new Kind("NUL in search text", "/entities?q=isis%00", 400, "q"),
                new Kind("control characters in a filter", "/documents?source=%1B%5B31m", 400, "source"),
                new Kind("malformed percent-encoding (refused before routing, no body)", "RAW /claims?q=%ZZ", 400,
                        null),
                new Kind("unknown path", "/admin/drop", 404, null),
                new Kind("wrong method", "POST /documents", 405, null),
                new Kind("SQL payload in q of documents", "/documents?q=" + enc(SQL), 200, null),
                new Kind("SQL payload in every document filter", "/documents?source=" + enc(SQL) + "&author="
                        + enc(SQL) + "&language=" + enc(SQL), 200, null),
                new Kind("SQL payload in entity search", "/entities?q=" + enc(SQL), 200, null),
                new Kind("SQL payload in claim search", "/claims?q=" + enc(SQL), 200, null),
                new Kind("SQL payload in facets and timeline", "/facets?q=" + enc(SQL), 200, null),
                new Kind("SQL payload in timeline", "/timeline?q=" + enc(SQL), 200, null),
                new Kind("SQL payload in export", "/claims/export?format=csv&q=" + enc(SQL), 200, null),
                new Kind("LIKE wildcards in entity prefix", "/entities?q=" + enc("%_\\"), 200, null),
                new Kind("HTML and script in search", "/claims?q=" + enc(SCRIPT), 200, null),
                new Kind("non-English search text", "/entities?q=" + enc("Erdoğan 习近平 أردوغان"), 200, null),
                new Kind("full-text operators only", "/documents?q=" + enc("\" - or * & | ! ( )"), 200, null),
                new Kind("invalid UTF-8 in a parameter", "/entities?q=%C3%28", 200, null),
                new Kind("unknown parameter", "/documents?drop=table", 200, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void isRefusedClearlyOrAnsweredFromIntactData(Kind kind) throws IOException {
        Answer answer = send(kind.uri());
        boolean refusedByHttpLayer = kind.uri().startsWith("RAW ") && answer.body().isEmpty();
        ANSWERS.add(String.format("  %-40s %d %s", kind.name(), answer.status(), answer.status() == 200 ? "answered"
                : refusedByHttpLayer ? "(empty body)" : JsonPath.from(answer.body()).getString("message")));

        assertThat(answer.status()).as(kind.name()).isEqualTo(kind.status());
        assertThat(answer.body()).doesNotContain("Exception", "org.claimlens", "\tat ", "java.", "SQLState");
        if (kind.status() != 200 && !refusedByHttpLayer) {
            assertThat(answer.contentType()).startsWith("application/json");
            JsonPath error = JsonPath.from(answer.body());
            assertThat(error.getInt("status")).isEqualTo(kind.status());
            assertThat(error.getString("error")).isNotBlank();
            assertThat(error.getString("message")).isNotBlank();
            assertThat(error.getString("field")).as("field of " + kind.name()).isEqualTo(kind.field());
        }
        given().get("/documents").then().statusCode(200).body("total", is(1));
    }

    /** Status, content type and body, whether sent through REST Assured or, for what it refuses to send, raw. */
    private record Answer(int status, String contentType, String body) {
    }

    private static Answer send(String uri) throws IOException {
        if (uri.startsWith("RAW ")) {
            return raw(uri.substring(4));
        }
        Response response = uri.startsWith("POST ")
                ? given().urlEncodingEnabled(false).post(uri.substring(5))
                : given().urlEncodingEnabled(false).get(uri);
        return new Answer(response.statusCode(), response.contentType(), response.asString());
    }

    private static Answer raw(String target) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String requestHead = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(requestHead.getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headEnd);
            String type = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
            return new Answer(Integer.parseInt(head.substring(9, 12)), type, response.substring(headEnd + 4));
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("bad-input kinds tried against query-service: %d (of %d listed)%n%s%n", ANSWERS.size(),
                kinds().count(), String.join("\n", ANSWERS));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
