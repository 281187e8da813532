package org.claimlens.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.claimlens.infra.DatabaseAccess;

/**
 * The three services started as processes against some Kafka and PostgreSQL; subclasses decide where the
 * infrastructure comes from (in-process here, or containers where Docker exists).
 */
abstract class PipelineStack implements AutoCloseable {

    private final List<AutoCloseable> started = new ArrayList<>();
    private ServiceProcess ingest;
    private ServiceProcess query;

    /** Starts the infrastructure; returns Kafka's bootstrap servers and the provisioned database. */
    protected abstract Infrastructure startInfrastructure() throws Exception;

    record Infrastructure(String bootstrapServers, DatabaseAccess database) {
    }

    protected final void register(AutoCloseable resource) {
        started.add(resource);
    }

    final PipelineStack start() throws Exception {
        Infrastructure infra = startInfrastructure();
        DatabaseAccess db = infra.database();
        ServiceProcess analysis = ServiceProcess.start("analysis", "1g", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                "ANALYSIS_DB_URL", db.jdbcUrl(),
                "ANALYSIS_DB_USER", db.ownerUser(),
                "ANALYSIS_DB_PASSWORD", db.ownerPassword()));
        register(analysis);
        query = ServiceProcess.start("query", "256m", Map.of(
                "QUERY_DB_URL", db.jdbcUrl(),
                "QUERY_DB_USER", db.readerUser(),
                "QUERY_DB_PASSWORD", db.readerPassword()));
        register(query);
        ingest = ServiceProcess.start("ingest", "256m", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                "QUERY_BASE_URL", query.baseUrl()));
        register(ingest);
        return this;
    }

    String ingestUrl() {
        return ingest.baseUrl();
    }

    String queryUrl() {
        return query.baseUrl();
    }

    @Override
    public void close() throws IOException {
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
