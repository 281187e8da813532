package org.claimlens.infra;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.claimlens.contract.Topics;

/** A real single-node Kafka 4 broker in KRaft mode (combined broker and controller), started in this JVM. */
public final class KafkaKraftCluster implements AutoCloseable {

    /** The topic setting every project topic carries: records up to {@link Topics#MAX_MESSAGE_BYTES}. */
    private static final ConfigEntry RECORD_SIZE_LIMIT =
            new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));

    private final KafkaClusterTestKit kit;
    private final Map<String, String> clientSecurity;

    private KafkaKraftCluster(KafkaClusterTestKit kit, Map<String, String> clientSecurity) {
        this.kit = kit;
        this.clientSecurity = clientSecurity;
    }

    /** Formats storage, starts the node and waits until the broker accepts clients (3-4 s here). */
    public static KafkaKraftCluster start() {
        return start(SecurityProtocol.PLAINTEXT, Map.of());
    }

    /**
     * The same node, but its client listener speaks only SASL_PLAINTEXT with the PLAIN mechanism, as a secured
     * production cluster would. {@link #clientSecurity()} holds the settings of its super user. The test kit points
     * this JVM's {@code java.security.auth.login.config} at the broker's JAAS file; clients here pass their own.
     */
    public static KafkaKraftCluster startWithSaslPlain() {
        String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\"" + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD + "\";";
        return start(SecurityProtocol.SASL_PLAINTEXT, Map.of(
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name,
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, jaas));
    }

    private static KafkaKraftCluster start(SecurityProtocol protocol, Map<String, String> clientSecurity) {
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBrokerSecurityProtocol(protocol)
                    // the broker registers with the controller as the same authenticated super user
                    .setControllerSecurityProtocol(protocol)
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
            SingleNodeBrokerSettings.asMap().forEach(builder::setConfigProp);
            KafkaClusterTestKit kit = builder.build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return new KafkaKraftCluster(kit, clientSecurity);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka (KRaft) did not start", e);
        }
    }

    public String bootstrapServers() {
        return kit.bootstrapServers();
    }

    /** Client settings besides the bootstrap servers this broker requires (none for a plaintext one). */
    public Map<String, String> clientSecurity() {
        return clientSecurity;
    }

    /**
     * Creates the topics if they are missing; existing ones keep their partitions but get the record size limit
     * ({@link Topics#MAX_MESSAGE_BYTES}).
     */
    public void createTopics(int partitions, Collection<String> names) {
        createTopics(bootstrapServers(), clientSecurity, partitions, names);
    }

    /** Same as {@link #createTopics(int, Collection)} against any plaintext broker. */
    public static void createTopics(String bootstrapServers, int partitions, Collection<String> names) {
        createTopics(bootstrapServers, Map.of(), partitions, names);
    }

    private static void createTopics(String bootstrapServers, Map<String, String> security, int partitions,
                                     Collection<String> names) {
        Properties props = new Properties();
        props.putAll(security);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = names.stream()
                    .map(n -> new NewTopic(n, partitions, (short) 1).configs(Map.of(RECORD_SIZE_LIMIT.name(),
                            RECORD_SIZE_LIMIT.value())))
                    .toList();
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + entry.getKey(), e);
                    }
                }
            }
            raiseRecordSizeLimit(admin, names);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    /** Topics created before the limit existed (a kept ./stack state) get it too; setting it again changes nothing. */
    private static void raiseRecordSizeLimit(Admin admin, Collection<String> names) throws InterruptedException {
        AlterConfigOp set = new AlterConfigOp(RECORD_SIZE_LIMIT, AlterConfigOp.OpType.SET);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = names.stream().collect(Collectors.toMap(
                n -> new ConfigResource(ConfigResource.Type.TOPIC, n), n -> List.of(set)));
        try {
            admin.incrementalAlterConfigs(changes).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not set the record size limit of " + names, e);
        }
    }

    @Override
    public void close() {
        try {
            kit.close();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not stop cleanly", e);
        }
    }

    /** Broker settings a one-node cluster needs; without the replication factors consumers never join a group. */
    static final class SingleNodeBrokerSettings {
        static Map<String, String> asMap() {
            return Map.of(
                    "offsets.topic.replication.factor", "1",
                    "offsets.topic.num.partitions", "4",
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "share.coordinator.state.topic.replication.factor", "1",
                    "group.initial.rebalance.delay.ms", "0",
                    "auto.create.topics.enable", "false");
        }

        private SingleNodeBrokerSettings() {
        }
    }
}
