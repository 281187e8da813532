package org.claimlens.e2e;

import java.util.List;
import org.claimlens.contract.Topics;
import org.claimlens.infra.DatabaseAccess;
import org.claimlens.infra.DatabaseRoles;
import org.claimlens.infra.EmbeddedDatabase;
import org.claimlens.infra.KafkaKraftCluster;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Kafka and PostgreSQL from their official images via Testcontainers; used only where Docker runs. */
final class ContainerStack extends PipelineStack {

    @Override
    protected Infrastructure startInfrastructure() throws Exception {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        kafka.start();
        register(kafka);
        KafkaKraftCluster.createTopics(kafka.getBootstrapServers(), Topics.DEFAULT_PARTITIONS,
                List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));

        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17");
        postgres.start();
        register(postgres);
        String ownerPassword = EmbeddedDatabase.randomSecret();
        String readerPassword = EmbeddedDatabase.randomSecret();
        DatabaseRoles.provision(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                ownerPassword, readerPassword);
        String url = postgres.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DatabaseRoles.DATABASE + "$1");
        return new Infrastructure(kafka.getBootstrapServers(), new DatabaseAccess(url, DatabaseRoles.OWNER,
                ownerPassword, DatabaseRoles.READER, readerPassword));
    }
}
