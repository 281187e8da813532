package org.claimlens.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.infra.DatabaseAccess;

/**
 * The three services against some Kafka and PostgreSQL, with two analysis instances in one consumer group, all
 * accepting one API key made up for the run. Subclasses decide where the infrastructure comes from and how a service
 * runs (in-process infrastructure and processes here, or containers where Docker exists).
 */
abstract class PipelineStack implements AutoCloseable {

    /** Analysis instances sharing the topic's partitions; the scenarios check that both get work. */
    static final int ANALYSIS_INSTANCES = 2;

    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<RunningService> analysis = new ArrayList<>();
    private final ApiKey apiKey = ApiKey.random();
    private final Map<String, String> settings = new HashMap<>();
    private int analysisInstances = ANALYSIS_INSTANCES;
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

    /** Environment settings given to every service on top of the stack's own, e.g. to lift rate limits. */
    final PipelineStack withSettings(Map<String, String> extra) {
        settings.putAll(extra);
        return this;
    }

    /** Fewer (or more) analysis instances than the scenarios' two, for tests that do not look at scale-out. */
    final PipelineStack withAnalysisInstances(int count) {
        analysisInstances = count;
        return this;
    }

    final PipelineStack start() throws Exception {
        Infrastructure infra = startInfrastructure();
        DatabaseAccess db = infra.database();
        for (int i = 0; i < analysisInstances; i++) {
            analysis.add(register(startService("analysis", "1g", with(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                    "ANALYSIS_DB_URL", db.jdbcUrl(),
                    "ANALYSIS_DB_USER", db.ownerUser(),
                    "ANALYSIS_DB_PASSWORD", db.ownerPassword(),
                    ApiKey.DIGESTS_VARIABLE, apiKey.sha256())))));
        }
        query = register(startService("query", "256m", with(Map.of(
                "QUERY_DB_URL", db.jdbcUrl(),
                "QUERY_DB_USER", db.readerUser(),
                "QUERY_DB_PASSWORD", db.readerPassword()))));
        ingest = register(startService("ingest", "256m", with(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                "QUERY_BASE_URL", query.baseUrl(),
                ApiKey.DIGESTS_VARIABLE, apiKey.sha256()))));
        return this;
    }

    String ingestUrl() {
        return ingest.baseUrl();
    }

    String queryUrl() {
        return query.baseUrl();
    }

    /** The first analysis instance: its operator API and health stand for the others'. */
    String analysisUrl() {
        return analysis.get(0).baseUrl();
    }

    List<RunningService> analysisInstances() {
        return List.copyOf(analysis);
    }

    /** The key ingest-service and the operator API accept in this run; the services only know its digest. */
    String apiKey() {
        return apiKey.key();
    }

    private Map<String, String> with(Map<String, String> own) {
        Map<String, String> env = new HashMap<>(own);
        env.putAll(settings);
        return env;
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
