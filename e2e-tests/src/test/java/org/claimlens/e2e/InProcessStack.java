package org.claimlens.e2e;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.claimlens.contract.Topics;
import org.claimlens.infra.EmbeddedDatabase;
import org.claimlens.infra.KafkaKraftCluster;

/** Real Kafka (KRaft) and PostgreSQL started inside the test JVM, the services as processes: no Docker needed. */
final class InProcessStack extends PipelineStack {

    @Override
    protected Infrastructure startInfrastructure() {
        KafkaKraftCluster kafka = register(KafkaKraftCluster.start());
        kafka.createTopics(Topics.DEFAULT_PARTITIONS,
                List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));
        EmbeddedDatabase database = register(EmbeddedDatabase.startEphemeral());
        return new Infrastructure(kafka.bootstrapServers(), database.access());
    }

    @Override
    protected RunningService startService(String name, String heap, Map<String, String> env) throws IOException {
        return ServiceProcess.start(name, heap, env);
    }
}
