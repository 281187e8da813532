package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class PlatformEndpointsTest {

    @Test
    void isReadyWhenTheDatabaseAnswers() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"));
    }

    @Test
    void publishesOpenApiForEveryEndpoint() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", is("ClaimLens query API"))
                .body("paths", hasKey("/documents"))
                .body("paths", hasKey("/documents/{id}"))
                .body("paths", hasKey("/documents/{id}/entities"))
                .body("paths", hasKey("/documents/{id}/claims"))
                .body("paths", hasKey("/documents/{id}/original"))
                .body("paths", hasKey("/entities"))
                .body("paths", hasKey("/entities/{id}"))
                .body("paths", hasKey("/entities/facets"))
                .body("paths", hasKey("/claims"))
                .body("paths", hasKey("/claims/{id}"))
                .body("paths", hasKey("/claims/{id}/similar"))
                .body("paths", hasKey("/claims/export"))
                .body("paths", hasKey("/timeline"))
                .body("paths", hasKey("/facets"))
                .body("paths.size()", is(14))
                .body("paths.values().get.summary", everyItem(notNullValue()))
                .body("paths.values().get.summary.size()", is(14))
                .body("paths.values().get.responses.'400'.description.size()", is(14))
                .body("paths.values().get.responses.'400'.description", everyItem(containsString("field")));
    }

    @Test
    void servesSwaggerUiAndMetrics() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
