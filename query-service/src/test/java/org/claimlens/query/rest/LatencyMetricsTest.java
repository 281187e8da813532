package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.junit.jupiter.api.Test;

/** Query latency is exported as a Prometheus histogram per endpoint, and readiness covers the database. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class LatencyMetricsTest {

    @Test
    void queryLatencyIsAHistogramPerEndpoint() {
        given().get("/documents").then().statusCode(200);
        given().get("/entities/12345").then().statusCode(404);

        given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern(
                        "(?s).*http_server_requests_seconds_bucket\\{[^}]*uri=\"/documents\"[^}]*le=\"[0-9.]+\".*"))
                .body(matchesPattern("(?s).*http_server_requests_seconds_bucket\\{[^}]*uri=\"/entities/\\{id}\".*"))
                .body(containsString("http_server_requests_seconds_count{"));
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"));
    }
}
