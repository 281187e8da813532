package org.claimlens.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claimlens.analysis.support.TestDatabase;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.infra.quarkus.PostgresResource;
import org.junit.jupiter.api.Test;

/** The consumer against a real broker and database: results written once, redeliveries ignored, failures dead-lettered. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class DocumentConsumerTest {

    private static final String ARTICLE = """
            Officials in Jordan said they had foiled a dozen plots in the past year.
            “The network remains robust and is already adapting to its losses,” Russell Travers, the acting \
            head of the National Counterterrorism Center, told senators in Washington on Tuesday.
            Senator Lindsey Graham said the withdrawal had emboldened the enemy.
            """;

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Equal texts are one document whatever their ids, so each test sends its own copy of the article. */
    private static String article(String id) {
        return ARTICLE + "File " + id + ".\n";
    }

    @Test
    void analysesADocumentOnceEvenWhenTheEventIsRedelivered() {
        String id = UUID.randomUUID().toString();
        DocumentIngested event = TestEvents.event(id, article(id));
        TestEvents.publish(event);

        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(id)));
        long mentions = mentions(id);
        long claims = claims(id);
        assertThat(mentions).isPositive();
        assertThat(claims).isPositive();
        assertThat(TestDatabase.count("SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                + "WHERE m.document_id = ?::uuid AND e.type = 'PERSON' AND e.name = 'Russell Travers'", id))
                .isPositive();
        assertThat(TestDatabase.string("SELECT d.descriptor FROM entity_descriptor d JOIN entity e "
                + "ON e.id = d.entity_id WHERE d.document_id = ?::uuid AND e.name = 'Russell Travers'", id))
                .isEqualTo("the acting head of the National Counterterrorism Center");
        long descriptors = TestDatabase.count("SELECT count(*) FROM entity_descriptor WHERE document_id = ?::uuid", id);

        TestEvents.publish(event);
        DocumentIngested resent = TestEvents.withNewEventId(event);
        TestEvents.publish(resent);
        await().atMost(PATIENCE).until(() -> TestDatabase.count(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", resent.eventId()) == 1);

        assertThat(mentions(id)).isEqualTo(mentions);
        assertThat(claims(id)).isEqualTo(claims);
        assertThat(TestDatabase.count("SELECT count(*) FROM entity_descriptor WHERE document_id = ?::uuid", id))
                .isEqualTo(descriptors);
        assertThat(TestDatabase.count("SELECT count(*) FROM document WHERE id = ?::uuid", id)).isEqualTo(1);
        assertThat(TestDatabase.string("SELECT last_event_id FROM document WHERE id = ?::uuid", id))
                .isEqualTo(resent.eventId());
    }

    @Test
    void replacesEarlierResultsWhenTheContentOfADocumentChanges() {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(TestEvents.event(id, article(id)));
        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(id)));

        TestEvents.publish(TestEvents.event(id, "Mayor Anne Hidalgo said the bridge would reopen in May."));
        await().atMost(PATIENCE).until(() -> TestDatabase.count(
                "SELECT count(*) FROM mention WHERE document_id = ?::uuid AND surface = 'Anne Hidalgo'", id) == 1);

        assertThat(TestDatabase.count(
                "SELECT count(*) FROM mention WHERE document_id = ?::uuid AND surface LIKE '%Travers%'", id)).isZero();
    }

    @Test
    void storesNonEnglishDocumentsWithoutAnalysingThem() {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(TestEvents.event(id, "Die Regierung hat am Mittwoch erklärt, dass die Verhandlungen "
                + "mit den Gewerkschaften gescheitert sind und die Streiks in der nächsten Woche weitergehen werden."));

        await().atMost(PATIENCE).until(() -> "NOT_ANALYSED".equals(status(id)));
        assertThat(TestDatabase.string("SELECT status_reason FROM document WHERE id = ?::uuid", id))
                .contains("only English");
        assertThat(mentions(id)).isZero();
    }

    @Test
    void deadLettersUnreadableAndFailingDocumentsAndKeepsConsuming() throws Exception {
        try (var dlq = TestEvents.dlqConsumer()) {
            TestEvents.send("garbage", "{not json".getBytes(StandardCharsets.UTF_8));
            String tooLong = UUID.randomUUID().toString();
            TestEvents.publish(TestEvents.event(tooLong, "word ".repeat(60_000)));
            String healthy = UUID.randomUUID().toString();
            TestEvents.publish(TestEvents.event(healthy, article(healthy)));

            await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(healthy)));
            await().atMost(PATIENCE).until(() -> "FAILED".equals(status(tooLong)));
            assertThat(TestDatabase.string("SELECT status_reason FROM document WHERE id = ?::uuid", tooLong))
                    .startsWith("extraction failed");

            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(dead::add);
                return dead.stream().anyMatch(r -> "garbage".equals(r.key()))
                        && dead.stream().anyMatch(r -> tooLong.equals(r.key()));
            });
            ConsumerRecord<String, byte[]> failed = dead.stream().filter(r -> tooLong.equals(r.key())).findFirst()
                    .orElseThrow();
            assertThat(new String(failed.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                    .contains("extraction failed");
        }
    }

    private static String status(String id) {
        return TestDatabase.string("SELECT status FROM document WHERE id = ?::uuid", id);
    }

    private static long mentions(String id) {
        return TestDatabase.count("SELECT count(*) FROM mention WHERE document_id = ?::uuid", id);
    }

    private static long claims(String id) {
        return TestDatabase.count("SELECT count(*) FROM claim WHERE document_id = ?::uuid", id);
    }
}
