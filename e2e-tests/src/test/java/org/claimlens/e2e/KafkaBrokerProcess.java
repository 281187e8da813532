package org.claimlens.e2e;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.claimlens.contract.Topics;
import org.claimlens.infra.KafkaKraftCluster;

/**
 * A Kafka broker (KRaft, combined broker and controller) in its own JVM, as {@code ./stack} runs it, so a test can
 * kill it with SIGKILL and start it again on the same port and log directory.
 */
final class KafkaBrokerProcess implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final List<String> java;
    private Process process;

    private KafkaBrokerProcess(Path dir, int port, List<String> java) {
        this.dir = dir;
        this.port = port;
        this.java = java;
    }

    /** Formats a fresh log directory, starts the broker and creates the project's topics. */
    static KafkaBrokerProcess start() throws IOException, InterruptedException {
        Path root = ProjectLayout.root();
        String classpath = String.join(":", root.resolve("local-infra/target/classes").toString(),
                root.resolve("event-contract/target/classes").toString(),
                Files.readString(root.resolve("local-infra/target/runtime.classpath")).strip());
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path dir = Files.createTempDirectory("claimlens-e2e-kafka-");
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=4",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "group.initial.rebalance.delay.ms=0", ""));
        KafkaBrokerProcess broker = new KafkaBrokerProcess(dir, port,
                List.of(javaBin, "-Xmx512m", "-cp", classpath));
        broker.run("format", "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                dir.resolve("server.properties").toString()).waitFor(60, TimeUnit.SECONDS);
        broker.restart();
        KafkaKraftCluster.createTopics(broker.bootstrapServers(), Topics.DEFAULT_PARTITIONS,
                List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));
        return broker;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** SIGKILL: the broker vanishes mid-conversation, as on a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the broker on its port and log directory and waits until it accepts connections. */
    void restart() throws IOException, InterruptedException {
        process = run("broker", "kafka.Kafka", dir.resolve("server.properties").toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited; see " + dir.resolve("broker.log"));
            }
            try (Socket probe = new Socket("localhost", port)) {
                return;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw new IllegalStateException("Kafka not listening after 90 s; see " + dir.resolve("broker.log"));
    }

    private Process run(String log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(java);
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(log + ".log").toFile()))
                .start();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
