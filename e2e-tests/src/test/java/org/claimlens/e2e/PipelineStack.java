package org.claimlens.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.infra.DatabaseAccess;

/**
 * The three services started as processes against some Kafka and PostgreSQL; subclasses decide where the
 * infrastructure comes from (in-process here, or containers where Docker exists).
 */
abstract class PipelineStack implements AutoCloseable {

    private final List<AutoCloseable> started = new ArrayList<>();
    private final ApiKey apiKey = ApiKey.random();
    private final Map<String, String> settings = new HashMap<>();
    private ServiceProcess ingest;
    private ServiceProcess query;
    private ServiceProcess analysis;

    /** Starts the infrastructure; returns Kafka's bootstrap servers and the provisioned database. */
    protected abstract Infrastructure startInfrastructure() throws Exception;

    record Infrastructure(String bootstrapServers, DatabaseAccess database) {
    }

    protected final void register(AutoCloseable resource) {
        started.add(resource);
    }

    /** Environment settings given to every service on top of the stack's own, e.g. to lift rate limits. */
    final PipelineStack withSettings(Map<String, String> extra) {
        settings.putAll(extra);
        return this;
    }

    final PipelineStack start() throws Exception {
        Infrastructure infra = startInfrastructure();
        DatabaseAccess db = infra.database();
        analysis = ServiceProcess.start("analysis", "1g", with(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                "ANALYSIS_DB_URL", db.jdbcUrl(),
                "ANALYSIS_DB_USER", db.ownerUser(),
                "ANALYSIS_DB_PASSWORD", db.ownerPassword(),
                ApiKey.DIGESTS_VARIABLE, apiKey.sha256())));
        register(analysis);
        query = ServiceProcess.start("query", "256m", with(Map.of(
                "QUERY_DB_URL", db.jdbcUrl(),
                "QUERY_DB_USER", db.readerUser(),
                "QUERY_DB_PASSWORD", db.readerPassword())));
        register(query);
        ingest = ServiceProcess.start("ingest", "256m", with(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                "QUERY_BASE_URL", query.baseUrl(),
                ApiKey.DIGESTS_VARIABLE, apiKey.sha256())));
        register(ingest);
        return this;
    }

    String ingestUrl() {
        return ingest.baseUrl();
    }

    String queryUrl() {
        return query.baseUrl();
    }

    String analysisUrl() {
        return analysis.baseUrl();
    }

    private Map<String, String> with(Map<String, String> own) {
        Map<String, String> env = new HashMap<>(own);
        env.putAll(settings);
        return env;
    }

    /** The key ingest-service accepts in this run; the services only know its digest. */
    String apiKey() {
        return apiKey.key();
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
