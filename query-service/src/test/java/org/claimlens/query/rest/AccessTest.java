package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.claimlens.edge.ApiKeys;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.junit.jupiter.api.Test;

/** The query API is public by default; configured so, every endpoint needs a key while health stays open. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
@TestProfile(AccessTest.Keyed.class)
class AccessTest {

    private static final String READER_KEY = "reader-key-for-tests";

    @Test
    void everyEndpointNeedsTheKey() {
        for (String path : new String[] {"/documents", "/entities", "/claims", "/facets", "/claims/export",
                "/timeline?q=x", "/documents/00000000-0000-4000-8000-000000000000", "/no/such/path"}) {
            given().get(path).then().statusCode(401)
                    .contentType(ContentType.JSON)
                    .body("status", is(401))
                    .body("message", containsString("API key"));
        }
    }

    @Test
    void withTheKeyTheApiAnswers() {
        given().header("X-API-Key", READER_KEY).get("/documents").then().statusCode(200);
        given().header("Authorization", "Bearer " + READER_KEY).get("/entities").then().statusCode(200);
        given().header("X-API-Key", READER_KEY + "x").get("/documents").then().statusCode(401);
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    /** Keys required, one accepted key given as its digest. */
    public static class Keyed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimlens.access.enabled", "true",
                    "claimlens.access.api-key-sha256", ApiKeys.sha256Hex(READER_KEY));
        }
    }
}
