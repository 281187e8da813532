package org.claimlens.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.claimlens.contract.Topics;
import org.claimlens.infra.KafkaKraftCluster;
import org.junit.jupiter.api.Test;

/**
 * An existing cluster's security settings, given to a service only as KAFKA_* environment variables, reach its
 * Kafka clients: ingest-service publishes to a broker whose one client listener requires SASL/PLAIN.
 */
class KafkaSecuritySettingsIT {

    @Test
    void ingestPublishesToASaslOnlyBrokerWithSettingsFromItsEnvironment() throws Exception {
        try (KafkaKraftCluster kafka = KafkaKraftCluster.startWithSaslPlain()) {
            kafka.createTopics(Topics.DEFAULT_PARTITIONS, List.of(Topics.DOCUMENTS_INGESTED));
            ApiKey key = ApiKey.random();
            Map<String, String> env = Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                    "KAFKA_SASL_MECHANISM", "PLAIN",
                    "KAFKA_SASL_JAAS_CONFIG", kafka.clientSecurity().get(SaslConfigs.SASL_JAAS_CONFIG),
                    ApiKey.DIGESTS_VARIABLE, key.sha256());
            // ready means its Kafka health check reached the broker; 202 means the broker acknowledged the event
            try (ServiceProcess ingest = ServiceProcess.start("ingest", "256m", env)) {
                String id = given().baseUri(ingest.baseUrl()).header(ApiKey.HEADER, key.key())
                        .contentType("application/json")
                        .body("{\"text\": \"The port authority said cargo volumes rose 4 percent in May.\"}")
                        .when().post("/documents")
                        .then().statusCode(202).extract().path("id");
                awaitKeyOnTopic(kafka, id);
            }
        }
    }

    private static void awaitKeyOnTopic(KafkaKraftCluster kafka, String key) {
        Map<String, Object> props = new HashMap<>(kafka.clientSecurity());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.DOCUMENTS_INGESTED));
            Set<String> keys = new HashSet<>();
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
                return keys.contains(key);
            });
        }
    }
}
