package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.claimlens.infra.quarkus.KafkaResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class ValidationErrorsTest {

    @Test
    void missingText() {
        postJson("{\"title\":\"No text\"}").statusCode(400)
                .body("status", equalTo(400))
                .body("error", equalTo("Bad Request"))
                .body("field", equalTo("text"))
                .body("message", containsString("required"));
    }

    @Test
    void emptyBody() {
        postJson("").statusCode(400).body("field", equalTo("text"));
    }

    @Test
    void blankText() {
        postJson("{\"text\":\" \\n\\t \"}").statusCode(400)
                .body("field", equalTo("text"))
                .body("message", containsString("blank"));
    }

    @Test
    void publishedAtThatIsNeitherDateTimeWithOffsetNorDate() {
        postJson("{\"text\":\"t\",\"publishedAt\":\"2018-11-08T10:00:00\"}").statusCode(400)
                .body("field", equalTo("publishedAt"))
                .body("message", containsString("2018-11-08"));
    }

    @Test
    void urlThatIsNotAnAbsoluteWebUrl() {
        postJson("{\"text\":\"t\",\"url\":\"javascript:alert(1)\"}").statusCode(400)
                .body("field", equalTo("url"));
    }

    @Test
    void unknownFieldIsNamedNotDropped() {
        postJson("{\"text\":\"t\",\"titel\":\"typo\"}").statusCode(400)
                .body("field", equalTo("titel"))
                .body("message", allOf(containsString("titel"), containsString("title")));
    }

    @Test
    void fieldOfTheWrongShape() {
        postJson("{\"text\":{\"nested\":true}}").statusCode(400)
                .body("field", equalTo("text"))
                .body("message", not(containsString("java")));
    }

    @Test
    void malformedJsonGetsAClearMessageWithoutInternals() {
        postJson("{\"text\": \"unterminated").statusCode(400)
                .body("field", nullValue())
                .body("message", allOf(containsString("Malformed JSON"), not(containsString("Exception")),
                        not(containsString("com.fasterxml"))));
    }

    @Test
    void arrayInsteadOfObject() {
        postJson("[{\"text\":\"t\"}]").statusCode(400)
                .body("message", allOf(containsString("JSON object"), not(containsString("java"))));
    }

    @Test
    void unsupportedContentTypeListsTheAcceptedOnes() {
        given().contentType("application/xml").body("<text>t</text>")
                .when().post("/documents")
                .then().statusCode(415)
                .contentType(ContentType.JSON)
                .body("status", equalTo(415))
                .body("message", allOf(containsString("application/json"), containsString("text/plain"),
                        containsString("text/html"), containsString("application/x-ndjson")));
    }

    @Test
    void textLargerThanTheLimit() {
        String text = "x".repeat(1024 * 1024 + 1);

        given().contentType(ContentType.TEXT).body(text)
                .when().post("/documents")
                .then().statusCode(413)
                .body("status", equalTo(413))
                .body("field", equalTo("text"))
                .body("message", containsString("1048576 bytes"));
    }

    @Test
    void bodyLargerThanTheHttpLimitIsRefusedOnItsDeclaredLength() throws Exception {
        // Only the head is sent: the server must decide from Content-Length, before reading 17 MiB.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + 17 * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String response = readErrorResponse(socket);

            assertThat(response).startsWith("HTTP/1.1 413").contains("application/json")
                    .contains("\"status\":413", "16777216 bytes");
        }
    }

    @Test
    void unknownPathGetsTheErrorBody() {
        given().when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("status", equalTo(404))
                .body("error", equalTo("Not Found"))
                .body("message", containsString("/no-such-thing"));
    }

    @Test
    void wrongMethodGetsTheErrorBody() {
        given().when().get("/documents")
                .then().statusCode(405)
                .contentType(ContentType.JSON)
                .body("status", equalTo(405))
                .body("message", containsString("GET"));
    }

    @Test
    void constraintViolationsGetTheErrorBody() {
        given().queryParam("limit", 0)
                .when().get("/test-probe/constraints")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("field", equalTo("limit"))
                .body("message", containsString("greater than or equal to 1"));
    }

    /** Reads up to the end of the JSON error body; the server need not close a connection we left mid-request. */
    private static String readErrorResponse(Socket socket) throws IOException {
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[4096];
        int read;
        while (!(received.indexOf("\r\n\r\n") > 0 && received.toString().endsWith("}"))
                && (read = socket.getInputStream().read(buffer)) > 0) {
            received.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return received.toString();
    }

    private static ValidatableResponse postJson(String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/documents")
                .then().contentType(ContentType.JSON);
    }
}
