package org.claimlens.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;
import org.claimlens.contract.Topics;
import org.claimlens.infra.KafkaKraftCluster;

/**
 * A one-node Kafka broker (KRaft, combined broker and controller) in its own JVM, configured as {@code ./stack}
 * configures its broker, on fresh storage, with the project's topics.
 */
final class KafkaBroker {

    private KafkaBroker() {
    }

    static JavaProcess start(Layout layout, Ports ports, Path directory) {
        try {
            Path data = Files.createDirectories(directory.resolve("data"));
            Path config = directory.resolve("server.properties");
            Files.writeString(config, properties(ports, data));
            String classpath = layout.kafkaClasspath();
            JavaProcess.start("kafka-format", List.of("-cp", classpath, "kafka.tools.StorageTool", "format",
                            "-t", Uuid.randomUuid().toString(), "-c", config.toString()), Map.of(),
                    directory.resolve("format.log")).awaitSuccess(Duration.ofMinutes(2));
            JavaProcess broker = JavaProcess.start("kafka", List.of("-Xmx512m", "-cp", classpath, "kafka.Kafka",
                    config.toString()), Map.of(), directory.resolve("kafka.log"));
            broker.awaitPort(ports.kafka(), Duration.ofMinutes(2));
            KafkaKraftCluster.createTopics(bootstrapServers(ports), Topics.DEFAULT_PARTITIONS,
                    List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker's files", e);
        }
    }

    static String bootstrapServers(Ports ports) {
        return "localhost:" + ports.kafka();
    }

    private static String properties(Ports ports, Path data) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + ports.kafkaController(),
                "listeners=PLAINTEXT://localhost:" + ports.kafka() + ",CONTROLLER://localhost:"
                        + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://localhost:" + ports.kafka(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=" + Topics.DEFAULT_PARTITIONS,
                "auto.create.topics.enable=false",
                // one node: without these replication factors consumers never join their group
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }
}
