package org.claimlens.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.claimlens.contract.Topics;
import org.claimlens.infra.DatabaseAccess;

/**
 * ingest-service and any number of analysis-service instances as processes, against infrastructure the test owns
 * and may break: real Kafka and PostgreSQL. Documents go in over HTTP with the run's API key; results are read back
 * with SQL, since what is checked is exactly what the database holds.
 */
final class FaultStack implements AutoCloseable {

    /** A document as the tests send it: identified by its externalId, so equal texts are distinct submissions. */
    record Doc(String externalId, String text) {
    }

    private final String bootstrapServers;
    private final Supplier<DatabaseAccess> database;
    private final ApiKey apiKey = ApiKey.random();
    private final List<ServiceProcess> analysis = new CopyOnWriteArrayList<>();
    private final ServiceProcess ingest;

    /** @param database the current coordinates (a restarted server keeps them) */
    FaultStack(String bootstrapServers, Supplier<DatabaseAccess> database) throws IOException {
        this.bootstrapServers = bootstrapServers;
        this.database = database;
        this.ingest = ServiceProcess.start("ingest", "256m", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                ApiKey.DIGESTS_VARIABLE, apiKey.sha256(),
                // the fault clients post as fast as answers come; the per-key limit would answer 429 instead of 503
                "CLAIMLENS_ACCESS_RATE_LIMIT_REQUESTS_PER_SECOND", "0"));
    }

    /** Starts an analysis instance in the common consumer group; crashed members leave it after 6 s. */
    ServiceProcess startAnalysis(String clientId) throws IOException {
        DatabaseAccess db = database.get();
        Map<String, String> env = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "ANALYSIS_DB_URL", db.jdbcUrl(),
                "ANALYSIS_DB_USER", db.ownerUser(),
                "ANALYSIS_DB_PASSWORD", db.ownerPassword(),
                "ANALYSIS_CLIENT_ID", clientId,
                "ANALYSIS_SESSION_TIMEOUT_MS", "6000",
                "ANALYSIS_HEARTBEAT_INTERVAL_MS", "2000",
                ApiKey.DIGESTS_VARIABLE, apiKey.sha256()));
        ServiceProcess instance = ServiceProcess.start("analysis", "1g", env);
        analysis.add(instance);
        return instance;
    }

    String ingestUrl() {
        return ingest.baseUrl();
    }

    String apiKey() {
        return apiKey.key();
    }

    /** Every analysis instance started so far, killed ones included: their logs tell what they did. */
    List<ServiceProcess> analysisInstances() {
        return List.copyOf(analysis);
    }

    /** Posts the documents as one NDJSON batch; returns the ids ingest answered 202 for, and the other statuses. */
    BatchAnswer ingest(List<Doc> docs) {
        StringBuilder body = new StringBuilder();
        for (Doc doc : docs) {
            body.append("{\"externalId\":\"").append(doc.externalId()).append("\",\"source\":\"E2E faults\",")
                    .append("\"text\":\"").append(doc.text().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"}\n");
        }
        String answer = given().baseUri(ingestUrl()).header(ApiKey.HEADER, apiKey())
                .contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(200).extract().asString();
        List<String> accepted = new ArrayList<>();
        Map<Integer, Integer> others = new HashMap<>();
        for (String line : answer.split("\n")) {
            JsonPath result = JsonPath.from(line);
            if (result.getInt("status") == 202) {
                accepted.add(result.getString("id"));
            } else {
                others.merge(result.getInt("status"), 1, Integer::sum);
            }
        }
        return new BatchAnswer(accepted, others);
    }

    /** The ids acknowledged with 202, and how many lines got which other status. */
    record BatchAnswer(List<String> accepted, Map<Integer, Integer> otherStatuses) {
    }

    /** How many of these documents sit on the dead-letter topic (read from its beginning by a fresh group). */
    long deadLettered(Collection<String> documentIds) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long found = 0;
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DOCUMENTS_INGESTED_DLQ));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var records = consumer.poll(Duration.ofSeconds(1));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (var record : records) {
                    found += documentIds.contains(record.key()) ? 1 : 0;
                }
            }
        }
        return found;
    }

    /**
     * How many submissions whose externalId starts with the prefix are filed under an ANALYSED document (submissions
     * of one text share one document).
     */
    int analysed(String externalIdPrefix) throws SQLException {
        try (Connection db = sql(); var ps = db.prepareStatement("SELECT count(*) FROM document_source s"
                + " JOIN document d ON d.id = s.document_id WHERE s.external_id LIKE ? AND d.status = 'ANALYSED'")) {
            ps.setString(1, externalIdPrefix + "%");
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** How many submissions whose externalId starts with the prefix are filed under a document of each status. */
    Map<String, Integer> statuses(String externalIdPrefix) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection db = sql(); var ps = db.prepareStatement("SELECT d.status, count(*) FROM document_source s"
                + " JOIN document d ON d.id = s.document_id WHERE s.external_id LIKE ? GROUP BY d.status")) {
            ps.setString(1, externalIdPrefix + "%");
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Asks a live analysis instance to analyse again every document analysed since then (ISO instant). */
    void reprocessAnalysedSince(String since) {
        ServiceProcess live = analysis.stream().filter(ServiceProcess::isAlive).findFirst().orElseThrow();
        given().baseUri(live.baseUrl()).header(ApiKey.HEADER, apiKey()).contentType("application/json")
                .body(Map.of("from", since)).when().post("/admin/reprocess")
                .then().statusCode(202);
    }

    Connection sql() throws SQLException {
        DatabaseAccess db = database.get();
        return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
    }

    @Override
    public void close() {
        for (ServiceProcess instance : analysis) {
            instance.close();
        }
        ingest.close();
    }
}
