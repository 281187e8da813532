package org.claimlens.analysis.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claimlens.analysis.support.TestDatabase;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.infra.quarkus.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Texts that make extraction run away or refuse: each is stopped within the configured deadline, marked FAILED with
 * the reason and dead-lettered, and the consumer goes on with the next document. The deadline is 1 s here: the
 * heavy texts take seconds on this extractor, a plain article well under a tenth of that.
 */
@QuarkusTest
@TestProfile(PoisonDocumentTest.ShortDeadline.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class PoisonDocumentTest {

    public static final class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimlens.processing.extraction-timeout", "1s");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String HEALTHY = "Mayor Ida Brandt said on Friday that the tram line would open in June.";

    @Test
    void poisonDocumentsFailWithTheirReasonAndTheConsumerKeepsGoing() throws Exception {
        String noSpaces = UUID.randomUUID().toString();
        String quotes = UUID.randomUUID().toString();
        String numbers = UUID.randomUUID().toString();
        String healthy = UUID.randomUUID().toString();
        long start = System.nanoTime();
        try (var dlq = TestEvents.dlqConsumer()) {
            TestEvents.publish(TestEvents.event(noSpaces, letters(1024 * 1024)));
            TestEvents.publish(TestEvents.event(quotes, "He said \u201c".repeat(2_000) + " yes\u201d".repeat(2_000)));
            TestEvents.publish(TestEvents.event(numbers, numberSentences(3_000)));
            TestEvents.publish(TestEvents.event(healthy, HEALTHY));

            await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(healthy)));
            await().atMost(PATIENCE).until(() -> "FAILED".equals(status(noSpaces))
                    && "FAILED".equals(status(quotes)) && "FAILED".equals(status(numbers)));
            System.out.printf("poison documents failed and a healthy one analysed in %d s%n",
                    Duration.ofNanos(System.nanoTime() - start).toSeconds());

            assertThat(reason(noSpaces)).isEqualTo("extraction failed: text has 1048576 characters, more than "
                    + "the limit of 200000");
            assertThat(reason(quotes))
                    .isEqualTo("extraction failed: extraction took longer than 1000 ms and was stopped");
            assertThat(reason(numbers)).isEqualTo(reason(quotes));

            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(dead::add);
                return dead.stream().map(ConsumerRecord::key).toList().containsAll(List.of(noSpaces, quotes, numbers));
            });
            assertThat(dead).filteredOn(r -> r.key().equals(noSpaces)).singleElement()
                    .satisfies(r -> assertThat(r.value().length).isGreaterThan(1024 * 1024));
            assertThat(dead).filteredOn(r -> r.key().equals(quotes)).singleElement()
                    .satisfies(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(),
                            StandardCharsets.UTF_8)).contains("took longer than 1000 ms"));
        }
        // the stopped extractions end soon after (CoreNLP checks for interrupts); none keeps burning a core
        await().atMost(PATIENCE).until(() -> given().get("/q/metrics").then().extract().asString()
                .contains("claimlens_extraction_runaway 0.0"));
        given().get("/q/health/live").then().statusCode(200).body(containsString("Extraction workers"));
    }

    private static String letters(int length) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** English enough for the language check, numbers enough to keep the parser busy for half a minute. */
    private static String numberSentences(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i * 17).append(' ').append(i * 3).append(' ').append(i).append(' ').append(i * 11)
                    .append(" and the ").append(i).append(". ");
        }
        return text.toString();
    }

    private static String status(String id) {
        return TestDatabase.string("SELECT status FROM document WHERE id = ?::uuid", id);
    }

    private static String reason(String id) {
        return TestDatabase.string("SELECT status_reason FROM document WHERE id = ?::uuid", id);
    }
}
