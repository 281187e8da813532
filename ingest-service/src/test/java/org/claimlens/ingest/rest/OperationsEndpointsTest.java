package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimlens.infra.quarkus.KafkaResource;
import org.junit.jupiter.api.Test;

/** Health, metrics and API description that operators and client authors rely on. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class OperationsEndpointsTest {

    @Test
    void readinessIncludesKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void metricsCountDocumentsAndTimePublishing() {
        given().contentType(ContentType.JSON).body("{\"text\":\"Counted.\"}").post("/documents").then().statusCode(202);
        given().contentType(ContentType.JSON).body("{\"text\":\"\"}").post("/documents").then().statusCode(400);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("claimlens_ingest_documents_total{outcome=\"accepted\",reason=\"none\"}"))
                .body(containsString("claimlens_ingest_documents_total{outcome=\"rejected\",reason=\"invalid\"}"))
                .body(containsString("claimlens_ingest_publish_seconds_count{outcome=\"acked\"}"));
    }

    @Test
    void openApiDescribesTheDocumentsEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/documents"))
                .body(containsString("application/x-ndjson"))
                .body(containsString("text/plain"));
    }
}
