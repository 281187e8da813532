package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import org.claimlens.infra.quarkus.KafkaResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class PlainTextIngestTest {

    @Test
    void metadataFromQueryParameters() {
        String text = "Das Ministerium erklärte, die Steuern würden sinken. " + UUID.randomUUID();

        ExtractableResponse<Response> accepted = given().contentType("text/plain; charset=UTF-8").body(text)
                .queryParam("title", "Steuern über alles")
                .queryParam("url", "https://example.org/steuern")
                .queryParam("source", "Beispiel")
                .queryParam("author", "B. Autorin")
                .queryParam("publishedAt", "2018-11-08T10:00:00+01:00")
                .when().post("/documents")
                .then().statusCode(202).body("status", equalTo("ACCEPTED")).extract();

        JsonNode event = PublishedEvents.awaitEvent(accepted.path("eventId")).value();
        assertThat(event.path("text").asText()).isEqualTo(text);
        assertThat(event.path("title").asText()).isEqualTo("Steuern über alles");
        assertThat(event.path("url").asText()).isEqualTo("https://example.org/steuern");
        assertThat(event.path("source").asText()).isEqualTo("Beispiel");
        assertThat(event.path("author").asText()).isEqualTo("B. Autorin");
        assertThat(event.path("publishedAt").asText()).isEqualTo("2018-11-08T09:00:00Z");
    }

    @Test
    void metadataFromHeadersWithTheQueryParameterWinning() {
        String externalId = "header-" + UUID.randomUUID();

        ExtractableResponse<Response> accepted = given().contentType(ContentType.TEXT).body("Rain is expected.")
                .header("X-Title", "From header")
                .header("X-Url", "http://example.org/rain")
                .header("X-Source", "Weather Desk")
                .header("X-Author", "C. Forecaster")
                .header("X-Published-At", "2019-01-02")
                .header("X-External-Id", externalId)
                .queryParam("title", "From query")
                .when().post("/documents")
                .then().statusCode(202).extract();

        JsonNode event = PublishedEvents.awaitEvent(accepted.path("eventId")).value();
        assertThat(event.path("title").asText()).isEqualTo("From query");
        assertThat(event.path("url").asText()).isEqualTo("http://example.org/rain");
        assertThat(event.path("source").asText()).isEqualTo("Weather Desk");
        assertThat(event.path("author").asText()).isEqualTo("C. Forecaster");
        assertThat(event.path("publishedAt").asText()).isEqualTo("2019-01-02T00:00:00Z");
        assertThat(event.path("externalId").asText()).isEqualTo(externalId);
    }

    @Test
    void sameValidationAsJson() {
        given().contentType(ContentType.TEXT).body("Some text.")
                .header("X-Published-At", "last tuesday")
                .when().post("/documents")
                .then().statusCode(400)
                .body("field", equalTo("publishedAt"));

        given().contentType(ContentType.TEXT).body(" \n ")
                .when().post("/documents")
                .then().statusCode(400)
                .body("field", equalTo("text"));
    }
}
