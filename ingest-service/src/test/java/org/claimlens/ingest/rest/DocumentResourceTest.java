package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.ingest.domain.DocumentIdentity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class DocumentResourceTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void jsonDocumentIsAcceptedAfterKafkaHoldsItKeyedByDocumentId() {
        String text = "The minister said on Tuesday that taxes will fall. " + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(Map.of(
                "text", text,
                "title", "Taxes",
                "url", "https://news.example.org/taxes",
                "source", "Example News",
                "author", "A. Writer",
                "publishedAt", "2018-11-08T10:00:00Z"));

        ExtractableResponse<Response> response = given().contentType(ContentType.JSON).body(body)
                .when().post("/documents")
                .then().statusCode(202)
                .contentType(ContentType.JSON)
                .body("status", equalTo("ACCEPTED"))
                .body("id", matchesPattern(UUID_PATTERN))
                .body("eventId", matchesPattern("[0-9a-f-]{36}"))
                .extract();
        String id = response.path("id");
        String eventId = response.path("eventId");

        String documentUrl = "http://localhost:8080/documents/" + id;
        assertThat(response.header("Location")).isEqualTo(documentUrl);
        assertThat(response.<String>path("links.document")).isEqualTo(documentUrl);
        assertThat(response.<String>path("links.entities")).isEqualTo(documentUrl + "/entities");
        assertThat(response.<String>path("links.claims")).isEqualTo(documentUrl + "/claims");

        PublishedEvents.Published record = PublishedEvents.awaitEvent(eventId);
        assertThat(record.key()).isEqualTo(id);
        JsonNode event = record.value();
        assertThat(event.path("schemaVersion").asInt()).isEqualTo(DocumentIngested.SCHEMA_VERSION);
        assertThat(event.path("documentId").asText()).isEqualTo(id);
        assertThat(event.path("contentHash").asText()).isEqualTo(DocumentIdentity.of(null, text).contentHash());
        assertThat(event.path("occurredAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(event.path("text").asText()).isEqualTo(text);
        assertThat(event.path("title").asText()).isEqualTo("Taxes");
        assertThat(event.path("url").asText()).isEqualTo("https://news.example.org/taxes");
        assertThat(event.path("source").asText()).isEqualTo("Example News");
        assertThat(event.path("author").asText()).isEqualTo("A. Writer");
        assertThat(event.path("publishedAt").asText()).isEqualTo("2018-11-08T10:00:00Z");
        assertThat(event.path("externalId").isNull()).isTrue();
    }

    @Test
    void postingTheSameTextTwiceGivesTheSameIdAndPublishesAgain() {
        String text = "Prices rose by 3 percent, the bank said. " + UUID.randomUUID();

        ExtractableResponse<Response> first = postJson(Map.of("text", text));
        ExtractableResponse<Response> second = postJson(Map.of("text", "  " + text.replace(" ", "  ") + "\n"));

        assertThat(second.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(second.<String>path("eventId")).isNotEqualTo(first.path("eventId"));
        assertThat(PublishedEvents.awaitEvent(second.path("eventId")).key()).isEqualTo(first.path("id"));
    }

    @Test
    void externalIdDecidesTheIdAndSurvivesCorrections() {
        String externalId = "wire-" + UUID.randomUUID();

        ExtractableResponse<Response> original = postJson(Map.of("text", "First version.", "externalId", externalId));
        ExtractableResponse<Response> corrected = postJson(Map.of("text", "Corrected version.", "externalId", externalId));

        String expected = DocumentIdentity.of(externalId, "ignored").documentId().toString();
        assertThat(original.<String>path("id")).isEqualTo(expected);
        assertThat(corrected.<String>path("id")).isEqualTo(expected);
        JsonNode event = PublishedEvents.awaitEvent(corrected.path("eventId")).value();
        assertThat(event.path("externalId").asText()).isEqualTo(externalId);
        assertThat(event.path("text").asText()).isEqualTo("Corrected version.");
    }

    @Test
    void publishedTextKeepsItsSpacingButGetsUnixLineEndings() {
        String text = "  Headline\r\n\r\nBody   with  spaces. " + UUID.randomUUID();

        ExtractableResponse<Response> accepted = postJson(Map.of("text", text, "publishedAt", "2018-11-08"));

        JsonNode event = PublishedEvents.awaitEvent(accepted.path("eventId")).value();
        assertThat(event.path("text").asText()).isEqualTo(text.replace("\r\n", "\n"));
        assertThat(event.path("publishedAt").asText()).isEqualTo("2018-11-08T00:00:00Z");
    }

    private static ExtractableResponse<Response> postJson(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/documents")
                .then().statusCode(202).extract();
    }
}
