package org.claimlens.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Seeded, time-boxed fuzzing of every endpoint of the three packaged services: random and mutated requests must never
 * get a 5xx, and each service must be live, ready and still doing its job afterwards. Seed and duration per service
 * are {@code -Dclaimlens.fuzz.seed} and {@code -Dclaimlens.fuzz.seconds}; a failure prints the requests to replay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzIT {

    private static final long SEED = Long.getLong("claimlens.fuzz.seed", 20_261_201L);
    private static final Duration PER_SERVICE = Duration.ofSeconds(Long.getLong("claimlens.fuzz.seconds", 20));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private PipelineStack stack;

    @BeforeAll
    void start() throws Exception {
        // the fuzzer is one client sending as fast as it can: rate limits would turn most of it into 429s
        stack = new InProcessStack()
                .withSettings(Map.of("CLAIMLENS_ACCESS_RATE_LIMIT_REQUESTS_PER_SECOND", "0"))
                .withAnalysisInstances(1)
                .start();
        for (String example : List.of("harbor-barrier-delay.json", "measles-estimate.json")) {
            given().baseUri(stack.ingestUrl()).header(ApiKey.HEADER, stack.apiKey()).contentType("application/json")
                    .body(Articles.example(example)).post("/documents").then().statusCode(202);
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void ingestNeverAnswers5xx() throws Exception {
        fuzz("ingest-service", stack.ingestUrl(), new FuzzRequests(SEED, stack.apiKey()), FuzzRequests::ingest);
        given().baseUri(stack.ingestUrl()).header(ApiKey.HEADER, stack.apiKey()).contentType("application/json")
                .body("{\"text\":\"After the fuzz, the mayor said the service still works.\"}")
                .post("/documents").then().statusCode(202);
    }

    @Test
    void queryNeverAnswers5xx() throws Exception {
        fuzz("query-service", stack.queryUrl(), new FuzzRequests(SEED + 1, stack.apiKey()), FuzzRequests::query);
        given().baseUri(stack.queryUrl()).get("/documents").then().statusCode(200);
    }

    @Test
    void analysisAdminNeverAnswers5xx() throws Exception {
        fuzz("analysis-service", stack.analysisUrl(), new FuzzRequests(SEED + 2, stack.apiKey()), FuzzRequests::admin);
        given().baseUri(stack.analysisUrl()).header(ApiKey.HEADER, stack.apiKey()).contentType("application/json")
                .body("{\"olderThanVersion\":\"corenlp-0.1+claimlens-0\"}").post("/admin/reprocess")
                .then().statusCode(202);
    }

    private void fuzz(String service, String baseUrl, FuzzRequests requests,
                      Function<FuzzRequests, FuzzRequests.Request> next) throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        int sent = 0;
        long until = System.nanoTime() + PER_SERVICE.toNanos();
        while (System.nanoTime() - until < 0) {
            FuzzRequests.Request request = next.apply(requests);
            int status = send(baseUrl, request);
            sent++;
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500 || status < 0) {
                serverErrors.add(status + " for " + request.describe());
            }
        }
        System.out.printf("fuzz %s: %d requests in %d s (seed %d), statuses %s, 5xx %d%n", service, sent,
                PER_SERVICE.toSeconds(), SEED, statuses, serverErrors.size());
        serverErrors.stream().limit(10).forEach(error -> System.out.println("  " + error));
        assertThat(serverErrors).isEmpty();
        given().baseUri(baseUrl).get("/q/health/live").then().statusCode(200);
        given().baseUri(baseUrl).get("/q/health/ready").then().statusCode(200);
    }

    /** The status code, or -1 when the service did not answer in time. */
    private int send(String baseUrl, FuzzRequests.Request request) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", request.contentType())
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
