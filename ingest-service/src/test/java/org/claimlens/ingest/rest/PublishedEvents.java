package org.claimlens.ingest.rest;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.claimlens.contract.Topics;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@code documents.ingested} back with a plain consumer, as analysis-service would see it. */
final class PublishedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record as it sits on the topic: its key and its JSON value. */
    record Published(String key, JsonNode value) {
    }

    private PublishedEvents() {
    }

    /** Waits until the event with this id is on the topic (a fresh consumer group reads from the beginning). */
    static Published awaitEvent(String eventId) {
        AtomicReference<Published> found = new AtomicReference<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.subscribe(List.of(Topics.DOCUMENTS_INGESTED));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    JsonNode value = JSON.readTree(record.value());
                    if (eventId.equals(value.path("eventId").asText())) {
                        found.set(new Published(record.key(), value));
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }

    private static Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
