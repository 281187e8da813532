package org.claimlens.e2e;

import java.util.List;
import org.claimlens.contract.Topics;
import org.claimlens.infra.EmbeddedDatabase;
import org.claimlens.infra.KafkaKraftCluster;

/** Real Kafka (KRaft) and PostgreSQL started inside the test JVM: no Docker needed. */
final class InProcessStack extends PipelineStack {

    @Override
    protected Infrastructure startInfrastructure() {
        KafkaKraftCluster kafka = KafkaKraftCluster.start();
        register(kafka);
        kafka.createTopics(Topics.DEFAULT_PARTITIONS, List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));
        EmbeddedDatabase database = EmbeddedDatabase.startEphemeral();
        register(database);
        return new Infrastructure(kafka.bootstrapServers(), database.access());
    }
}
