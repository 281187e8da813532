package org.claimlens.analysis.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.contract.Topics;
import org.eclipse.microprofile.config.ConfigProvider;

/** Builds and publishes events the way ingest-service does, straight to the real broker; reads the dead letters. */
final class TestEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {
    }

    static DocumentIngested event(String documentId, String text) {
        return new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION, Instant.now(),
                documentId, sha256(text), null, "Test article", null, "Test Gazette", "A. Reporter", null, text);
    }

    static DocumentIngested withNewEventId(DocumentIngested e) {
        return new DocumentIngested(UUID.randomUUID().toString(), e.schemaVersion(), e.occurredAt(), e.documentId(),
                e.contentHash(), e.externalId(), e.title(), e.url(), e.source(), e.author(), e.publishedAt(),
                e.text());
    }

    static void publish(DocumentIngested event) {
        try {
            send(event.documentId(), MAPPER.writeValueAsBytes(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void send(String key, byte[] value) throws Exception {
        send(new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, key, value));
    }

    /** Publishes the event as an operator's re-run would, with the header naming the event it re-runs. */
    static void publishReprocess(DocumentIngested event, String reprocessOf) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, event.documentId(),
                MAPPER.writeValueAsBytes(event));
        record.headers().add(ReprocessPublisher.REPROCESS_OF, reprocessOf.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    private static void send(ProducerRecord<String, byte[]> record) throws Exception {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A consumer of {@code documents.ingested.dlq} from its beginning, in a group of its own. */
    static KafkaConsumer<String, byte[]> dlqConsumer() {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.DOCUMENTS_INGESTED_DLQ));
        return consumer;
    }
}
