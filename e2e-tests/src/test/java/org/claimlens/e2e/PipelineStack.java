package org.claimlens.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.claimlens.infra.DatabaseAccess;

/**
 * The three services against some Kafka and PostgreSQL, with two analysis instances in one consumer group.
 * Subclasses decide where the infrastructure comes from and how a service runs (in-process infrastructure and
 * processes here, or containers where Docker exists).
 */
abstract class PipelineStack implements AutoCloseable {

    /** Analysis instances sharing the topic's partitions; the scenarios check that both get work. */
    static final int ANALYSIS_INSTANCES = 2;

    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<RunningService> analysis = new ArrayList<>();
    private RunningService ingest;
    private RunningService query;

    /** Starts the infrastructure; returns its addresses as the services reach them. */
    protected abstract Infrastructure startInfrastructure() throws Exception;

    /** Starts {@code <name>-service} with this heap and these settings, and waits until it reports ready. */
    protected abstract RunningService startService(String name, String heap, Map<String, String> env)
            throws Exception;

    record Infrastructure(String bootstrapServers, DatabaseAccess database) {
    }

    protected final <T extends AutoCloseable> T register(T resource) {
        started.add(resource);
        return resource;
    }

    final PipelineStack start() throws Exception {
        Infrastructure infra = startInfrastructure();
        DatabaseAccess db = infra.database();
        for (int i = 0; i < ANALYSIS_INSTANCES; i++) {
            analysis.add(register(startService("analysis", "1g", Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                    "ANALYSIS_DB_URL", db.jdbcUrl(),
                    "ANALYSIS_DB_USER", db.ownerUser(),
                    "ANALYSIS_DB_PASSWORD", db.ownerPassword()))));
        }
        query = register(startService("query", "256m", Map.of(
                "QUERY_DB_URL", db.jdbcUrl(),
                "QUERY_DB_USER", db.readerUser(),
                "QUERY_DB_PASSWORD", db.readerPassword())));
        ingest = register(startService("ingest", "256m", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                "QUERY_BASE_URL", query.baseUrl())));
        return this;
    }

    String ingestUrl() {
        return ingest.baseUrl();
    }

    String queryUrl() {
        return query.baseUrl();
    }

    List<RunningService> analysisInstances() {
        return List.copyOf(analysis);
    }

    @Override
    public void close() {
        List<AutoCloseable> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("could not stop " + resource + ": " + e);
            }
        }
    }
}
