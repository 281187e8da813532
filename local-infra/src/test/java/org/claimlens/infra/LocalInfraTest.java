package org.claimlens.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The infrastructure every other test relies on really is Kafka and PostgreSQL, with the promised roles. */
class LocalInfraTest {

    @Test
    void kafkaRoundTripsARecordThroughAConsumerGroup() throws Exception {
        try (KafkaKraftCluster kafka = KafkaKraftCluster.start()) {
            kafka.createTopics(2, List.of("probe"));
            Map<String, Object> producerProps = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all");
            try (var producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("probe", "k", "hello")).get();
            }
            Map<String, Object> consumerProps = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "probe-group",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("probe"));
                String seen = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (seen == null && System.nanoTime() < deadline) {
                    for (var record : consumer.poll(Duration.ofMillis(500))) {
                        seen = record.value();
                    }
                }
                assertThat(seen).isEqualTo("hello");
            }
        }
    }

    @Test
    void readerLoginCanReadButNotWrite() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startEphemeral()) {
            DatabaseAccess a = db.access();
            try (var owner = DriverManager.getConnection(a.jdbcUrl(), a.ownerUser(), a.ownerPassword());
                 var s = owner.createStatement()) {
                s.execute("CREATE TABLE t (v int)");
                s.execute("GRANT SELECT ON t TO " + DatabaseRoles.READ_GROUP);
                s.execute("INSERT INTO t VALUES (1)");
            }
            try (var reader = DriverManager.getConnection(a.jdbcUrl(), a.readerUser(), a.readerPassword());
                 var s = reader.createStatement()) {
                var rs = s.executeQuery("SELECT count(*) FROM t");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThatThrownBy(() -> s.execute("INSERT INTO t VALUES (2)")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("CREATE TABLE x (v int)")).isInstanceOf(SQLException.class);
            }
        }
    }
}
