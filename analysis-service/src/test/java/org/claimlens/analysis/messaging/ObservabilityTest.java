package org.claimlens.analysis.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.claimlens.analysis.support.TestDatabase;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.infra.quarkus.PostgresResource;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** What operators watch: health covering Kafka and PostgreSQL, the pipeline's metrics, the document id in logs. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class ObservabilityTest {

    @Test
    void readinessCoversKafkaAndTheDatabaseAndLivenessTheExtractionWorkers() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check",
                        "SmallRye Reactive Messaging - readiness check"));
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", hasItems("Extraction workers", "SmallRye Reactive Messaging - liveness check"));
    }

    @Test
    void metricsCountDocumentsTimeExtractionAndShowConsumerLag() {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(TestEvents.event(id, "The city council said on Monday that the bridge would cost more."));
        await().atMost(Duration.ofSeconds(60)).until(() -> "ANALYSED".equals(
                TestDatabase.string("SELECT status FROM document WHERE id = ?::uuid", id)));

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("claimlens_documents_processed_total{outcome=\"ANALYSED\"}"))
                .body(containsString("claimlens_extraction_duration_seconds_bucket{"))
                .body(containsString("claimlens_database_retries_total"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max{client_id=\"analysis-service"));
    }

    @Test
    void everyLogLineAboutADocumentCarriesItsIdInTheMdc() {
        List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord line = (ExtLogRecord) record;
                line.copyMdc(); // on the logging thread: the MDC is that thread's
                lines.add(line);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger processing = Logger.getLogger("org.claimlens.analysis.processing");
        processing.addHandler(capture);
        String id = UUID.randomUUID().toString();
        try {
            TestEvents.publish(TestEvents.event(id, "Officials said the talks would resume in Geneva next week."));
            await().atMost(Duration.ofSeconds(60)).until(() -> lines.stream()
                    .anyMatch(line -> line.getFormattedMessage().contains(id)));
        } finally {
            processing.removeHandler(capture);
        }

        assertThat(lines).filteredOn(line -> line.getFormattedMessage().contains(id)).isNotEmpty()
                .allSatisfy(line -> assertThat(line.getMdc("documentId")).isEqualTo(id));
    }
}
