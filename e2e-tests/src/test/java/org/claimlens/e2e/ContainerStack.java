package org.claimlens.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.contract.Topics;
import org.claimlens.infra.DatabaseAccess;
import org.claimlens.infra.DatabaseRoles;
import org.claimlens.infra.EmbeddedDatabase;
import org.claimlens.infra.KafkaKraftCluster;
import org.testcontainers.containers.Network;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka and PostgreSQL from their official images and the three services from the images their Dockerfiles
 * build (the same ones docker-compose.yml uses), all in one container network. Used only where Docker runs.
 */
final class ContainerStack extends PipelineStack {

    private static final String KAFKA_LISTENER = "kafka:19092";
    private static final String POSTGRES_HOST = "postgres";
    private static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
    /** The port each image's service listens on: its application.properties default. */
    private static final Map<String, Integer> PORTS = Map.of("query", 8080, "ingest", 8081, "analysis", 8082);

    private final Network network = register(Network.newNetwork());
    private final Map<String, ImageFromDockerfile> images = new HashMap<>();

    @Override
    protected Infrastructure startInfrastructure() throws Exception {
        KafkaContainer kafka = register(new KafkaContainer("apache/kafka:4.1.1")
                .withNetwork(network)
                .withListener(KAFKA_LISTENER));
        kafka.start();
        KafkaKraftCluster.createTopics(kafka.getBootstrapServers(), Topics.DEFAULT_PARTITIONS,
                List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));

        PostgreSQLContainer postgres = register(new PostgreSQLContainer("postgres:17")
                .withNetwork(network)
                .withNetworkAliases(POSTGRES_HOST));
        postgres.start();
        String ownerPassword = EmbeddedDatabase.randomSecret();
        String readerPassword = EmbeddedDatabase.randomSecret();
        DatabaseRoles.provision(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                ownerPassword, readerPassword);
        // the services reach the database by its network alias, not through the port mapped to this host
        String url = "jdbc:postgresql://" + POSTGRES_HOST + ":" + PostgreSQLContainer.POSTGRESQL_PORT + "/"
                + DatabaseRoles.DATABASE;
        return new Infrastructure(KAFKA_LISTENER, new DatabaseAccess(url, DatabaseRoles.OWNER, ownerPassword,
                DatabaseRoles.READER, readerPassword));
    }

    @Override
    protected RunningService startService(String name, String heap, Map<String, String> env) {
        ImageFromDockerfile image = images.computeIfAbsent(name, ContainerStack::imageOf);
        return ServiceContainer.start(image, network, PORTS.get(name), heap, env);
    }

    /** Built once per test run from the module's Dockerfile and its packaged fast-jar; removed afterwards. */
    private static ImageFromDockerfile imageOf(String name) {
        return new ImageFromDockerfile("claimlens-e2e/" + name + "-service", true)
                .withFileFromPath("target/quarkus-app", ProjectLayout.packagedApp(name))
                .withFileFromPath(DOCKERFILE, ProjectLayout.module(name).resolve(DOCKERFILE))
                .withDockerfilePath(DOCKERFILE);
    }
}
