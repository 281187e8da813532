package org.claimlens.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.claimlens.contract.Topics;
import org.claimlens.e2e.FaultStack.Doc;
import org.claimlens.infra.EmbeddedDatabase;
import org.claimlens.infra.KafkaKraftCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The promise under SIGKILL: documents keep arriving while analysis-service is killed (no shutdown, no offset commit,
 * no leaving the group) and restarted; afterwards every acknowledged document is analysed, and exactly as a clean
 * re-analysis of the same text: nothing lost, nothing doubled. Then a second instance dies and the first takes over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String GROUP = "analysis-service";
    private static final int BATCH = 25;

    private KafkaKraftCluster kafka;
    private EmbeddedDatabase database;
    private FaultStack stack;

    @BeforeAll
    void start() throws Exception {
        kafka = KafkaKraftCluster.start();
        kafka.createTopics(Topics.DEFAULT_PARTITIONS,
                List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));
        database = EmbeddedDatabase.startEphemeral();
        stack = new FaultStack(kafka.bootstrapServers(), database::access);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
        if (database != null) {
            database.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void everyAcknowledgedDocumentIsAnalysedExactlyOnceThoughAnalysisIsKilledThreeTimesMidStream() throws Exception {
        int documents = 1_000;
        int kills = 3;
        String run = "crash-" + UUID.randomUUID();
        List<Doc> docs = docs(run, 7, documents, 125);
        ServiceProcess analysis = stack.startAnalysis("analysis-crash");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        CompletableFuture<Void> feeding = feed(docs, acknowledged, Duration.ofMillis(1_500));

        for (int kill = 1; kill <= kills; kill++) {
            int ingestedAtLeast = kill * documents / (kills + 1);
            int analysedBefore = stack.analysed(run);
            // mid-stream: documents are still arriving and this instance is consuming them; it often keeps up, so
            // the backlog at the kill may be empty, but what it analysed since the last offset commit is redelivered
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> acknowledged.size() >= ingestedAtLeast && stack.analysed(run) >= analysedBefore + 50);
            int analysedAtKill = stack.analysed(run);
            int acknowledgedAtKill = acknowledged.size();
            analysis.kill();
            System.out.printf("crash test: kill -9 #%d of pid %d at %d s: %d acknowledged, %d analysed, backlog %d%n",
                    kill, analysis.pid(), seconds(start), acknowledgedAtKill, analysedAtKill,
                    acknowledgedAtKill - analysedAtKill);
            analysis = stack.startAnalysis("analysis-crash");
        }
        feeding.join();
        await().atMost(PATIENCE).until(() -> stack.analysed(run) >= acknowledged.size());
        System.out.printf("crash test: %d documents acknowledged and analysed after %d kills, in %d s%n",
                acknowledged.size(), kills, seconds(start));

        ExactlyOnceAudit.Figures figures = ExactlyOnceAudit.of(stack, acknowledged);
        System.out.println("crash test: " + figures + ", dead-lettered " + stack.deadLettered(acknowledged));
        assertThat(acknowledged).hasSize(documents);
        assertThat(figures.exactlyOnce()).as(figures.toString()).isTrue();
        assertThat(stack.deadLettered(acknowledged)).isZero();
        analysis.close();
    }

    @Test
    void whenOneOfTwoInstancesDiesTheOtherTakesOverItsPartitionsLosingAndDoublingNothing() throws Exception {
        String run = "takeover-" + UUID.randomUUID();
        List<Doc> docs = docs(run, 11, 300, 60);
        CompletableFuture<ServiceProcess> startingA = CompletableFuture.supplyAsync(() -> start("analysis-a"));
        ServiceProcess b = start("analysis-b");
        ServiceProcess a = startingA.join();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            await().atMost(PATIENCE).until(() -> partitionsOf(admin, "analysis-a") > 0
                    && partitionsOf(admin, "analysis-b") > 0);
            System.out.printf("takeover test: partitions before the kill: a=%d, b=%d%n",
                    partitionsOf(admin, "analysis-a"), partitionsOf(admin, "analysis-b"));
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            CompletableFuture<Void> feeding = feed(docs, acknowledged, Duration.ofMillis(1_000));

            await().atMost(PATIENCE).until(() -> processedBy(b) >= 20 && acknowledged.size() > stack.analysed(run));
            int processedByB = processedBy(b);
            b.kill();
            long killedAt = System.nanoTime();
            await().atMost(PATIENCE).until(() -> partitionsOf(admin, "analysis-a") == Topics.DEFAULT_PARTITIONS);
            System.out.printf("takeover test: b (pid %d) killed after analysing %d; a holds all %d partitions %d s "
                    + "later%n", b.pid(), processedByB, Topics.DEFAULT_PARTITIONS, seconds(killedAt));

            feeding.join();
            await().atMost(PATIENCE).until(() -> stack.analysed(run) >= acknowledged.size());
            ExactlyOnceAudit.Figures figures = ExactlyOnceAudit.of(stack, acknowledged);
            System.out.println("takeover test: " + figures + ", dead-lettered " + stack.deadLettered(acknowledged));
            assertThat(acknowledged).hasSize(docs.size());
            assertThat(figures.exactlyOnce()).as(figures.toString()).isTrue();
            assertThat(stack.deadLettered(acknowledged)).isZero();
        } finally {
            a.close();
        }
    }

    /**
     * {@code count} submissions over {@code distinct} texts: every text arrives several times, on several partitions,
     * and must end up as one document with all its submissions as sources.
     */
    private static List<Doc> docs(String run, long seed, int count, int distinct) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Doc(run + "-" + i, SyntheticArticles.text(seed, i % distinct)))
                .toList();
    }

    /** Posts the documents in batches, one batch per {@code pace}, collecting the acknowledged ids. */
    private CompletableFuture<Void> feed(List<Doc> docs, Set<String> acknowledged, Duration pace) {
        return CompletableFuture.runAsync(() -> {
            for (int from = 0; from < docs.size(); from += BATCH) {
                FaultStack.BatchAnswer answer = stack.ingest(docs.subList(from, Math.min(docs.size(), from + BATCH)));
                assertThat(answer.otherStatuses()).as("ingest answers other than 202").isEmpty();
                acknowledged.addAll(answer.accepted());
                sleep(pace);
            }
        });
    }

    private ServiceProcess start(String clientId) {
        try {
            return stack.startAnalysis(clientId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Partitions of the documents topic assigned to the instance whose consumers use this client id. */
    private static int partitionsOf(Admin admin, String clientId) throws Exception {
        return admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP).members().stream()
                .filter(member -> member.clientId().startsWith(clientId))
                .map(MemberDescription::assignment)
                .mapToInt(assignment -> assignment.topicPartitions().size())
                .sum();
    }

    /** Events this instance handled, whatever their outcome, from its own metrics. */
    private static int processedBy(ServiceProcess instance) {
        return given().baseUri(instance.baseUrl()).get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith("claimlens_documents_processed_total{"))
                .mapToInt(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static long seconds(long sinceNanos) {
        return Duration.ofNanos(System.nanoTime() - sinceNanos).toSeconds();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
