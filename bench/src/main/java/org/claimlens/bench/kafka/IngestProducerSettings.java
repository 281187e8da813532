package org.claimlens.bench.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Kafka producer settings ingest-service publishes with (acks, idempotence, compression, timeouts), read from its
 * {@code application.properties}, so that the raw producer is the same producer without the service around it
 * rather than a copy of the settings that could drift.
 */
public final class IngestProducerSettings {

    private static final String CHANNEL = "mp.messaging.outgoing.documents-out.";
    /** The raw producer sends ready-made bytes to the bootstrap servers it is given. */
    private static final Set<String> NOT_TAKEN = Set.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);

    private IngestProducerSettings() {
    }

    public static Map<String, String> read(Path root) {
        Path file = root.resolve("ingest-service/src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ingest-service's settings from " + file, e);
        }
        Map<String, String> settings = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String name = key.startsWith(CHANNEL) ? key.substring(CHANNEL.length()) : null;
            if (name != null && ProducerConfig.configNames().contains(name) && !NOT_TAKEN.contains(name)) {
                settings.put(name, properties.getProperty(key).strip());
            }
        }
        if (!"all".equals(settings.get(ProducerConfig.ACKS_CONFIG))) {
            throw new IllegalStateException("ingest-service's producer settings in " + file
                    + " do not read as expected (acks=all): " + settings);
        }
        return settings;
    }
}
