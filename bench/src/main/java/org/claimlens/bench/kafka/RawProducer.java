package org.claimlens.bench.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.claimlens.bench.load.LoadResult;
import org.claimlens.contract.Topics;

/**
 * A plain kafka-clients producer with ingest-service's producer settings (acks=all, idempotence, compression, the same
 * timeouts: {@link IngestProducerSettings}), sending ready-made event payloads to {@code documents.ingested}: the yardstick for ingest and the feed for analysis.
 */
public final class RawProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, String> settings;

    /** @param ingestSettings ingest-service's producer settings ({@link IngestProducerSettings}) */
    public RawProducer(String bootstrapServers, Map<String, String> ingestSettings) {
        Properties props = new Properties();
        props.putAll(ingestSettings);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
        this.settings = Map.copyOf(ingestSettings);
    }

    /** The producer settings it runs with, besides bootstrap servers and serialisers. */
    public Map<String, String> settings() {
        return settings;
    }

    /** Sends one record and waits for the broker's acknowledgement, as one single POST does. */
    public void sendAndAwait(Events.Payload payload) throws Exception {
        producer.send(record(payload)).get();
    }

    /** Sends all records at once and waits until each was acknowledged, as one NDJSON batch does. */
    public void sendAllAndAwait(List<Events.Payload> payloads) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(payloads.size());
        for (Events.Payload payload : payloads) {
            acks.add(producer.send(record(payload)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    /** Everything as fast as the producer takes it, from one thread, then waits for all acknowledgements. */
    public LoadResult firehose(List<Events.Payload> payloads) {
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long started = System.nanoTime();
        for (Events.Payload payload : payloads) {
            producer.send(record(payload), (metadata, failure) -> {
                if (failure != null) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, failure.toString());
                }
            });
        }
        producer.flush();
        long elapsed = System.nanoTime() - started;
        return new LoadResult(payloads.size() - failures.get(), elapsed / 1e9, failures.get(), firstFailure.get(),
                new long[] {elapsed});
    }

    private static ProducerRecord<String, byte[]> record(Events.Payload payload) {
        return new ProducerRecord<>(Topics.DOCUMENTS_INGESTED, payload.key(), payload.value());
    }

    @Override
    public void close() {
        producer.close();
    }
}
