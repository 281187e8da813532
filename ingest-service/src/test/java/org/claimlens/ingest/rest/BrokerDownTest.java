package org.claimlens.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With no broker listening, clients must hear 503 and when to retry, quickly, instead of hanging. */
@QuarkusTest
@TestProfile(BrokerDownTest.NoBroker.class)
class BrokerDownTest {

    // The connector logs each refused send with a stack trace; here that is the expected outcome, not news.
    private static final Logger CONNECTOR_LOG = Logger.getLogger("io.smallrye.reactive.messaging.kafka");
    private static Level connectorLevel;

    @BeforeAll
    static void silenceExpectedConnectorErrors() {
        connectorLevel = CONNECTOR_LOG.getLevel();
        CONNECTOR_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreConnectorLog() {
        CONNECTOR_LOG.setLevel(connectorLevel);
    }

    @Test
    void singleDocumentGets503WithRetryAfterQuickly() {
        long start = System.nanoTime();

        given().contentType(ContentType.JSON).body("{\"text\":\"Nobody will store this.\"}")
                .when().post("/documents")
                .then().statusCode(503)
                .header("Retry-After", "7")
                .contentType(ContentType.JSON)
                .body("status", equalTo(503))
                .body("error", equalTo("Service Unavailable"))
                .body("message", containsString("Kafka"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void onceSeveralPublicationsFailedClientsAreRefusedAtOnce() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("{\"text\":\"Attempt " + i + ".\"}")
                    .when().post("/documents").then().statusCode(503);
        }
        long start = System.nanoTime();

        given().contentType(ContentType.JSON).body("{\"text\":\"Refused without waiting.\"}")
                .when().post("/documents")
                .then().statusCode(503)
                .header("Retry-After", "7")
                .body("message", containsString("Kafka is unavailable"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void batchReportsEveryLineAsUnavailable() {
        given().contentType("application/x-ndjson").body("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(200)
                .body(containsString("{\"line\":1,\"status\":503"))
                .body(containsString("{\"line\":2,\"status\":503"));
    }

    /** Points the producer at a closed local port, with timeouts short enough for a test. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + unusedPort(),
                    "mp.messaging.outgoing.documents-out.max.block.ms", "1000",
                    "mp.messaging.outgoing.documents-out.request.timeout.ms", "1000",
                    "mp.messaging.outgoing.documents-out.delivery.timeout.ms", "1500",
                    "claimlens.publish.timeout", "3s",
                    "claimlens.publish.circuit-open-for", "60s",
                    "claimlens.ingest.retry-after", "7s");
        }

        private static int unusedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
