package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.ingest.html.TestPages;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class HtmlIngestTest {

    @Test
    void pageIsPublishedAsItsArticleTextWithThePageAsTheOriginal() {
        String page = TestPages.read("news-article.html").replace("routine inspections", "routine inspections " + UUID.randomUUID());

        ExtractableResponse<Response> accepted = postHtml(page, "text/html; charset=utf-8")
                .then().statusCode(202).body("status", equalTo("ACCEPTED")).extract();

        PublishedEvents.Published record = PublishedEvents.awaitEvent(accepted.path("eventId"));
        JsonNode event = record.value();
        assertThat(event.path("schemaVersion").asInt()).isEqualTo(DocumentIngested.SCHEMA_VERSION);
        assertThat(event.path("text").asText()).startsWith("The city council said on Wednesday")
                .doesNotContain("Share on", "Reader123");
        assertThat(event.path("title").asText()).isEqualTo("Harbor wall delayed again");
        assertThat(event.path("author").asText()).isEqualTo("Dana Whitfield, Omar Reyes");
        assertThat(event.path("source").asText()).isEqualTo("Riverton Ledger");
        assertThat(event.path("url").asText()).isEqualTo("https://ledger.example.org/2018/11/harbor-wall-delayed");
        assertThat(event.path("publishedAt").asText()).isEqualTo("2018-11-08T10:00:00Z");
        assertThat(event.path("originalMediaType").asText()).isEqualTo("text/html");
        assertThat(event.path("original").asText()).isEqualTo(page);
        assertThat(event.path("contentHash").asText()).isEqualTo(accepted.path("contentHash"));
    }

    @Test
    void clientMetadataWinsOverThePage() {
        String page = TestPages.read("news-article.html").replace("unrealistic", "unrealistic " + UUID.randomUUID());

        ExtractableResponse<Response> accepted = given().contentType("text/html")
                .queryParam("title", "Given title").queryParam("source", "Given source")
                .header("X-External-Id", "page-" + UUID.randomUUID())
                .body(page.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents").then().statusCode(202).extract();

        JsonNode event = PublishedEvents.awaitEvent(accepted.path("eventId")).value();
        assertThat(event.path("title").asText()).isEqualTo("Given title");
        assertThat(event.path("source").asText()).isEqualTo("Given source");
        assertThat(event.path("author").asText()).isEqualTo("Dana Whitfield, Omar Reyes");
    }

    @Test
    void pageCharsetFromItsMetaTagWhenContentTypeHasNone() {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><article><p>"
                + "Le caf\u00e9 est ferm\u00e9, a dit le maire, qui a promis une r\u00e9ouverture. ".repeat(5)
                + UUID.randomUUID() + "</p></article></body></html>";

        ExtractableResponse<Response> accepted = given().config(withoutDefaultCharset()).contentType("text/html")
                .body(page.getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/documents").then().statusCode(202).extract();

        JsonNode event = PublishedEvents.awaitEvent(accepted.path("eventId")).value();
        assertThat(event.path("title").asText()).isEqualTo("Caf\u00e9");
        assertThat(event.path("text").asText()).contains("ferm\u00e9");
    }

    @Test
    void pageMetadataTheClientCouldNotSendIsMadeFitNotRefused() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Harbour wall\\n\\tdelayed again\",\"datePublished\":\"0001-01-01T00:00:00Z\"}"
                + "</script></head><body><article><p>"
                + "The harbour master said the wall would be finished next spring, two years late. ".repeat(5)
                + UUID.randomUUID() + "</p></article></body></html>";

        ExtractableResponse<Response> accepted = postHtml(page, "text/html; charset=utf-8")
                .then().statusCode(202).extract();

        JsonNode event = PublishedEvents.awaitEvent(accepted.path("eventId")).value();
        assertThat(event.path("title").asText()).isEqualTo("Harbour wall delayed again");
        assertThat(event.path("publishedAt").asText(null)).as("an implausible page date is dropped").isNull();
    }

    @Test
    void pageWithoutArticleTextIs400() {
        postHtml(TestPages.read("script-only.html"), "text/html").then().statusCode(400)
                .body("field", equalTo("text"))
                .body("message", containsString("no article text"));
    }

    @Test
    void invalidUtf8Is400NamingTheByte() {
        byte[] body = {'O', 'k', ' ', (byte) 0xE9, 't', 'e'};

        given().contentType("text/html; charset=utf-8").body(body)
                .when().post("/documents").then().statusCode(400)
                .body("field", equalTo("text"))
                .body("message", allOf(containsString("not valid UTF-8"), containsString("byte 3")));
        given().config(withoutDefaultCharset()).contentType("text/plain").body(body)
                .when().post("/documents").then().statusCode(400)
                .body("message", containsString("not valid UTF-8"));
    }

    @Test
    void unknownCharsetIs400() {
        given().contentType("text/plain; charset=klingon").body("Hello there.".getBytes(StandardCharsets.US_ASCII))
                .when().post("/documents").then().statusCode(400)
                .body("field", equalTo("Content-Type"));
    }

    @Test
    void originalLargerThanItsLimitIs413WithTheLimit() {
        String page = "<html><body><p>" + "Long words in a long page. ".repeat(160_000) + "</p></body></html>";

        postHtml(page, "text/html").then().statusCode(413)
                .body("field", equalTo("original"))
                .body("message", containsString("4194304 bytes"));
    }

    /** Without this, REST Assured adds charset=ISO-8859-1 to text types and the server would rightly trust it. */
    private static RestAssuredConfig withoutDefaultCharset() {
        return RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    private static io.restassured.response.Response postHtml(String page, String contentType) {
        return given().contentType(contentType).body(page.getBytes(StandardCharsets.UTF_8)).when().post("/documents");
    }
}
