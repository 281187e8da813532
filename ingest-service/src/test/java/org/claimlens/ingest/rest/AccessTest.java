package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.claimlens.edge.ApiKeys;
import org.claimlens.infra.quarkus.KafkaResource;
import org.junit.jupiter.api.Test;

/** Ingest needs an API key, configured as its SHA-256 digest; one client's burst does not use up another's share. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@TestProfile(AccessTest.KeysAndLimits.class)
class AccessTest {

    private static final String WRITER_KEY = "writer-key-for-tests";
    private static final String GREEDY_KEY = "greedy-key-for-tests";
    private static final String PATIENT_KEY = "patient-key-for-tests";

    @Test
    void withoutAKeyTheAnswerIs401WithTheErrorBody() {
        post(given()).then().statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("error", equalTo("Unauthorized"))
                .body("message", containsString("X-API-Key"))
                .body("field", nullValue());
    }

    @Test
    void aWrongKeyIsRefusedAndNeverLogged() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + List.of(record.getParameters() == null
                        ? new Object[0] : record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger gate = Logger.getLogger("org.claimlens.edge.AccessGate");
        gate.addHandler(capture);
        try {
            post(given().header("X-API-Key", "not-the-key-" + WRITER_KEY)).then().statusCode(401)
                    .body("message", equalTo("The API key is not valid"));
            post(given().header("Authorization", "Bearer " + ApiKeys.sha256Hex(WRITER_KEY))).then().statusCode(401);
        } finally {
            gate.removeHandler(capture);
        }

        assertThat(logged).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("Refused", "/documents", "invalid_key")
                .doesNotContain(WRITER_KEY, ApiKeys.sha256Hex(WRITER_KEY)));
    }

    @Test
    void theKeyIsAcceptedInEitherHeader() {
        post(given().header("X-API-Key", WRITER_KEY)).then().statusCode(202);
        post(given().header("Authorization", "Bearer " + WRITER_KEY)).then().statusCode(202);
    }

    @Test
    void healthAndMetricsNeedNoKey() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("claimlens_access_refused_total"));
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileOthersGoOn() {
        for (int i = 0; i < KeysAndLimits.BURST; i++) {
            post(given().header("X-API-Key", GREEDY_KEY)).then().statusCode(202);
        }

        post(given().header("X-API-Key", GREEDY_KEY)).then().statusCode(429)
                .header("Retry-After", "5")
                .contentType(ContentType.JSON)
                .body("status", equalTo(429))
                .body("error", equalTo("Too Many Requests"));
        post(given().header("X-API-Key", PATIENT_KEY)).then().statusCode(202);
    }

    private static Response post(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body("{\"text\":\"Access control is tested here.\"}")
                .when().post("/documents");
    }

    /** Three accepted keys, given as digests; a burst of five, then one request per five seconds. */
    public static class KeysAndLimits implements QuarkusTestProfile {
        static final int BURST = 5;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "claimlens.access.enabled", "true",
                    "claimlens.access.api-key-sha256", String.join(",", ApiKeys.sha256Hex(WRITER_KEY),
                            ApiKeys.sha256Hex(GREEDY_KEY), ApiKeys.sha256Hex(PATIENT_KEY)),
                    "claimlens.access.rate-limit.requests-per-second", "0.2",
                    "claimlens.access.rate-limit.burst", Integer.toString(BURST));
        }
    }
}
