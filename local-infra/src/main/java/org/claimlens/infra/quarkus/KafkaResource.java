package org.claimlens.infra.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import org.claimlens.contract.Topics;
import org.claimlens.infra.KafkaKraftCluster;

/**
 * Starts a real KRaft Kafka broker in the test JVM with the project's topics and points
 * {@code kafka.bootstrap.servers} at it. Tests read the address back from the Quarkus config.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private KafkaKraftCluster cluster;

    @Override
    public Map<String, String> start() {
        cluster = KafkaKraftCluster.start();
        cluster.createTopics(Topics.DEFAULT_PARTITIONS, List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }
}
