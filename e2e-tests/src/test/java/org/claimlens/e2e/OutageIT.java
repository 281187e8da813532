package org.claimlens.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.claimlens.e2e.FaultStack.Doc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The infrastructure goes away for real: the Kafka broker process is SIGKILLed and started again on the same port and
 * log directory; PostgreSQL is stopped for 30 s and started again on the same port and data directory. Clients get
 * quick 503s with Retry-After, readiness says what is missing and recovers by itself, and every acknowledged document
 * is analysed exactly once, none dead-lettered for the outage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutageIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final int CLIENTS = 4;

    private KafkaBrokerProcess kafka;
    private RestartablePostgres postgres;
    private FaultStack stack;

    @BeforeAll
    void start() throws Exception {
        kafka = KafkaBrokerProcess.start();
        postgres = RestartablePostgres.start();
        stack = new FaultStack(kafka.bootstrapServers(), postgres::access);
    }

    @AfterAll
    void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void whileKafkaIsDownClientsGetQuick503sAndEveryAcknowledgedDocumentIsAnalysedOnceItIsBack() throws Exception {
        String run = "broker-" + UUID.randomUUID();
        ServiceProcess analysis = stack.startAnalysis("analysis-broker-outage");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger numbers = new AtomicInteger();
        while (numbers.get() < 50) {
            acknowledged.add(postUntilAccepted(doc(run, numbers.getAndIncrement())));
        }

        kafka.kill();
        CompletableFuture<Boolean> ingestReportedDown;
        Answers whileDown;
        boolean analysisReportedDown;
        try {
            ingestReportedDown = CompletableFuture.supplyAsync(() -> readiness(stack.ingestUrl()) == 503);
            whileDown = clientsSending(run, numbers, acknowledged, Duration.ofSeconds(20));
            analysisReportedDown = readiness(analysis.baseUrl()) == 503;
        } finally {
            // the database test after this one needs the broker, whatever happened here
            kafka.restart();
        }
        long back = System.nanoTime();
        await().atMost(PATIENCE)
                .until(() -> readiness(stack.ingestUrl()) == 200 && readiness(analysis.baseUrl()) == 200);
        long recovered = Duration.ofNanos(System.nanoTime() - back).toSeconds();
        for (int i = 0; i < 50; i++) {
            acknowledged.add(postUntilAccepted(doc(run, numbers.getAndIncrement())));
        }
        awaitAllAnalysed(run, acknowledged, analysis);

        System.out.printf("broker outage: answers while down %s, latency median %d ms, max %d ms; readiness DOWN "
                        + "seen: ingest %s, analysis %s; both ready again %d s after the restart%n",
                whileDown.statuses(), whileDown.median(), whileDown.max(), ingestReportedDown.join(),
                analysisReportedDown, recovered);
        assertThat(whileDown.statuses().keySet()).isSubsetOf(202, 503).contains(503);
        assertThat(whileDown.max()).as("no client hangs past the publish timeout").isLessThan(15_000);
        assertThat(whileDown.median()).as("most are refused at once").isLessThan(2_000);
        assertThat(ingestReportedDown.join()).isTrue();
        assertThat(analysisReportedDown).isTrue();
        assertExactlyOnce("broker outage", acknowledged);
        analysis.close();
    }

    @Test
    void aThirtySecondDatabaseOutagePausesAnalysisLosesNothingAndReadinessRecoversByItself() throws Exception {
        String run = "database-" + UUID.randomUUID();
        ServiceProcess analysis = stack.startAnalysis("analysis-database-outage");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int next = 0;
        for (; next < 40; next++) {
            acknowledged.add(postUntilAccepted(doc(run, next)));
        }
        await().atMost(PATIENCE).until(() -> stack.analysed(run) >= 10);

        postgres.stop();
        long downSince = System.nanoTime();
        boolean reportedDown = false;
        boolean stayedAlive = true;
        while (Duration.ofNanos(System.nanoTime() - downSince).toSeconds() < 30) {
            acknowledged.add(postUntilAccepted(doc(run, next++)));
            reportedDown |= readiness(analysis.baseUrl()) == 503;
            stayedAlive &= liveness(analysis.baseUrl()) == 200;
            Thread.sleep(500);
        }
        postgres.restart();
        long back = System.nanoTime();
        await().atMost(PATIENCE).until(() -> readiness(analysis.baseUrl()) == 200);
        long recovered = Duration.ofNanos(System.nanoTime() - back).toSeconds();
        awaitAllAnalysed(run, acknowledged, analysis);

        String retries = given().baseUri(analysis.baseUrl()).get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith("claimlens_database_retries_total")).findFirst().orElse("none");
        System.out.printf("database outage: 30 s down, readiness DOWN seen %s, liveness UP throughout %s, ready "
                + "again %d s after the restart; %s%n", reportedDown, stayedAlive, recovered, retries);
        assertThat(reportedDown).isTrue();
        assertThat(stayedAlive).isTrue();
        assertThat(analysis.isAlive()).isTrue();
        try (Connection db = stack.sql(); var ps = db.prepareStatement("SELECT count(*) FROM document_source s"
                + " JOIN document d ON d.id = s.document_id WHERE s.external_id LIKE ? AND d.status <> 'ANALYSED'")) {
            ps.setString(1, run + "%");
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("documents failed for the outage").isZero();
            }
        }
        assertExactlyOnce("database outage", acknowledged);
        analysis.close();
    }

    /** Waits until every acknowledged submission is analysed; when it does not happen, says what became of them. */
    private void awaitAllAnalysed(String run, Set<String> acknowledged, ServiceProcess analysis) throws Exception {
        try {
            await().atMost(PATIENCE).until(() -> stack.analysed(run) >= acknowledged.size());
        } catch (ConditionTimeoutException e) {
            List<String> problems = analysis.log().lines()
                    .filter(line -> line.contains("\"ERROR\"") || line.contains("DatabaseRetry")
                            || (line.contains("dead-letter") && !line.contains("NetworkClient")))
                    .map(line -> line.length() > 600 ? line.substring(0, 600) : line)
                    .toList();
            throw new AssertionError(String.format("after %s: %d of %d acknowledged submissions analysed, "
                            + "statuses %s, dead-lettered %d, analysis alive %s; its errors and retries:%n%s",
                    PATIENCE, stack.analysed(run), acknowledged.size(), stack.statuses(run),
                    stack.deadLettered(acknowledged), analysis.isAlive(),
                    String.join("\n", problems.subList(Math.max(0, problems.size() - 30), problems.size()))), e);
        }
    }

    private void assertExactlyOnce(String scenario, Set<String> acknowledged) throws Exception {
        ExactlyOnceAudit.Figures figures = ExactlyOnceAudit.of(stack, acknowledged);
        long deadLettered = stack.deadLettered(acknowledged);
        System.out.println(scenario + ": " + figures + ", dead-lettered " + deadLettered);
        assertThat(figures.exactlyOnce()).as(figures.toString()).isTrue();
        assertThat(deadLettered).isZero();
    }

    private static Doc doc(String run, int index) {
        return new Doc(run + "-" + index, SyntheticArticles.text(run.hashCode(), index % 20));
    }

    /** Status counts and latencies (ms) of what clients were answered. */
    private record Answers(Map<Integer, Integer> statuses, List<Long> latencies) {
        long median() {
            return latencies.stream().sorted().toList().get(latencies.size() / 2);
        }

        long max() {
            return latencies.stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }

    /** A few clients posting in a loop, as a busy system's would, each answer a 202 or a 503 with Retry-After. */
    private Answers clientsSending(String run, AtomicInteger numbers, Set<String> acknowledged, Duration during) {
        Answers answers = new Answers(new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>());
        long until = System.nanoTime() + during.toNanos();
        List<CompletableFuture<Void>> clients = IntStream.range(0, CLIENTS)
                .mapToObj(c -> CompletableFuture.runAsync(() -> send(run, numbers, until, acknowledged, answers)))
                .toList();
        clients.forEach(CompletableFuture::join);
        return answers;
    }

    private void send(String run, AtomicInteger numbers, long until, Set<String> acknowledged, Answers answers) {
        while (System.nanoTime() - until < 0) {
            long sent = System.nanoTime();
            Response answer = post(doc(run, numbers.getAndIncrement()));
            answers.latencies().add(Duration.ofNanos(System.nanoTime() - sent).toMillis());
            answers.statuses().merge(answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() == 202) {
                acknowledged.add(answer.path("id"));
            } else {
                assertThat(answer.statusCode()).isEqualTo(503);
                assertThat(answer.header("Retry-After")).isNotBlank();
                assertThat(answer.<String>path("message")).contains("Kafka");
            }
        }
    }

    private Response post(Doc doc) {
        return given().baseUri(stack.ingestUrl()).header(ApiKey.HEADER, stack.apiKey()).contentType("application/json")
                .body(Map.of("externalId", doc.externalId(), "text", doc.text(), "source", "E2E outage"))
                .when().post("/documents");
    }

    /** Posts like a well-behaved client: on 503 it waits as long as Retry-After says, then tries again. */
    private String postUntilAccepted(Doc doc) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            Response answer = post(doc);
            if (answer.statusCode() == 202) {
                return answer.path("id");
            }
            assertThat(answer.statusCode()).as("ingest answer").isEqualTo(503);
            Thread.sleep(Long.parseLong(answer.header("Retry-After")) * 1_000);
        }
        throw new AssertionError("ingest did not accept " + doc.externalId() + " within 30 attempts");
    }

    private static int readiness(String baseUrl) {
        return given().baseUri(baseUrl).get("/q/health/ready").statusCode();
    }

    private static int liveness(String baseUrl) {
        return given().baseUri(baseUrl).get("/q/health/live").statusCode();
    }
}
