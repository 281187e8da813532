package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimlens.infra.quarkus.KafkaResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class BatchIngestTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyNonBlankLineGetsOneResultInOrderAndBadLinesDoNotStopTheOthers() throws Exception {
        String marker = UUID.randomUUID().toString();
        String body = String.join("\n",
                "{\"text\":\"First document. " + marker + "\",\"title\":\"One\"}",
                "",
                "{\"text\":\"Second document.\",\"publishedAt\":\"someday\"}",
                "{\"text\": broken",
                "{\"text\":\"Third document. " + marker + "\",\"titel\":\"typo\"}",
                "{\"text\":\"Fourth document. " + marker + "\"}",
                "");

        String answer = given().contentType(NDJSON).accept(NDJSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(200).contentType(containsString(NDJSON))
                .extract().asString();

        List<JsonNode> results = lines(answer);
        assertThat(results).extracting(r -> r.path("line").asInt()).containsExactly(1, 3, 4, 5, 6);
        assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(202, 400, 400, 400, 202);
        assertThat(results.get(1).path("field").asText()).isEqualTo("publishedAt");
        assertThat(results.get(1).path("error").asText()).isEqualTo("Bad Request");
        assertThat(results.get(2).path("message").asText()).startsWith("Malformed JSON");
        assertThat(results.get(3).path("field").asText()).isEqualTo("titel");

        JsonNode first = results.get(0);
        JsonNode published = PublishedEvents.awaitEvent(first.path("eventId").asText()).value();
        assertThat(published.path("documentId").asText()).isEqualTo(first.path("id").asText());
        assertThat(published.path("title").asText()).isEqualTo("One");
        JsonNode fourth = results.get(4);
        assertThat(PublishedEvents.awaitEvent(fourth.path("eventId").asText()).key()).isEqualTo(fourth.path("id").asText());
    }

    @Test
    void batchWithMoreLinesThanAllowedIsRefusedWhole() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            body.append("{\"text\":\"Tiny document ").append(i).append(".\"}\n");
        }

        given().contentType(NDJSON).body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(413)
                .contentType(containsString("application/json"))
                .body("status", equalTo(413))
                .body("message", containsString("1000"));
    }

    @Test
    void emptyBatchIsABadRequest() {
        given().contentType(NDJSON).body("\n  \n".getBytes(StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(400)
                .body("message", containsString("no documents"));
    }

    private static List<JsonNode> lines(String ndjson) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
