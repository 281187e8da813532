package org.claimlens.analysis.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.claimlens.analysis.support.TestDatabase;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.infra.quarkus.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /admin/reprocess} through the real broker and database: the chosen documents are analysed again, their
 * rows replaced (never doubled) and stamped with the current extractor version; nothing else is touched.
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class ReprocessTest {

    static final String OPERATOR_KEY = "analysis-test-operator-key";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String OLD_VERSION = "corenlp-4.5.10+claimlens-1";
    private static final String ARTICLE = """
            “The network remains robust and is already adapting to its losses,” Russell Travers, the acting \
            head of the National Counterterrorism Center, told senators in Washington on Tuesday.
            Senator Lindsey Graham said the withdrawal had emboldened the enemy.
            """;

    @Test
    void oneDocumentIsAnalysedAgainWithItsRowsReplacedNotDoubled() {
        String id = analysed(ARTICLE);
        Rows before = Rows.of(id);

        reprocess("{\"documentId\":\"" + id + "\"}").statusCode(202)
                .body("published", equalTo(1))
                .body("more", equalTo(false))
                .body("extractorVersion", startsWith("corenlp-"));

        await().atMost(PATIENCE).until(() -> !before.lastEventId().equals(Rows.of(id).lastEventId()));
        Rows after = Rows.of(id);
        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(after.spans()).isEqualTo(before.spans());
        assertThat(TestDatabase.count("SELECT count(*) FROM processed_event WHERE document_id = ?::uuid", id))
                .isEqualTo(2);
    }

    @Test
    void documentsOfAnOlderExtractorAreAnalysedAgainAndOnlyThey() {
        String old = analysed(ARTICLE + " Officials in Jordan said they had foiled a dozen plots.");
        String current = analysed("Mayor Anne Hidalgo said the bridge would reopen in May.");
        for (String table : new String[] {"document", "mention", "claim", "entity_descriptor"}) {
            TestDatabase.update("UPDATE " + table + " SET extractor_version = ? WHERE "
                    + (table.equals("document") ? "id" : "document_id") + " = ?::uuid", OLD_VERSION, old);
        }
        Rows oldBefore = Rows.of(old);
        Rows currentBefore = Rows.of(current);
        String version = TestDatabase.string("SELECT extractor_version FROM document WHERE id = ?::uuid", current);

        reprocess("{\"olderThanVersion\":\"" + version + "\"}").statusCode(202).body("extractorVersion",
                equalTo(version));

        await().atMost(PATIENCE).until(() -> !oldBefore.lastEventId().equals(Rows.of(old).lastEventId()));
        for (String table : new String[] {"mention", "claim", "entity_descriptor"}) {
            assertThat(TestDatabase.count("SELECT count(*) FROM " + table
                    + " WHERE document_id = ?::uuid AND extractor_version <> ?", old, version)).as(table).isZero();
        }
        assertThat(Rows.of(old).counts()).isEqualTo(oldBefore.counts());
        assertThat(Rows.of(current)).isEqualTo(currentBefore);
    }

    @Test
    void aTimeRangeSelectsByWhenDocumentsWereLastAnalysed() {
        String id = analysed("The port authority said cargo volumes rose 4 percent in May, officials said.");
        Instant analysedAt = Instant.parse(TestDatabase.string(
                "SELECT to_char(analysed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM document "
                        + "WHERE id = ?::uuid", id));
        Rows before = Rows.of(id);

        reprocess("{\"from\":\"" + analysedAt + "\",\"to\":\"" + analysedAt.plusMillis(1) + "\"}").statusCode(202)
                .body("published", equalTo(1));

        await().atMost(PATIENCE).until(() -> !before.lastEventId().equals(Rows.of(id).lastEventId()));
        assertThat(Rows.of(id).counts()).isEqualTo(before.counts());
    }

    @Test
    void aReRunOfAVersionThatWasSinceReplacedChangesNothing() throws Exception {
        String id = analysed(ARTICLE);
        Rows before = Rows.of(id);
        DocumentIngested stale = TestEvents.event(id, "Stale text that must not replace the stored analysis.");
        long superseded = processed("SUPERSEDED");

        TestEvents.publishReprocess(stale, "an-event-that-is-no-longer-the-last");

        await().atMost(PATIENCE).until(() -> processed("SUPERSEDED") > superseded);
        assertThat(Rows.of(id)).isEqualTo(before);
    }

    @Test
    void aTextWithTwoSourcesIsReRunAsTheSubmissionItsAnalysisCameFromLeavingBothSourcesAsTheyWere() {
        String text = "Harbour master Ines Alvarez said the north quay would reopen in March, three months late.";
        String plain = UUID.randomUUID().toString();
        String page = UUID.randomUUID().toString();
        String html = "<html><body><p>" + text + "</p><nav>Home</nav></body></html>";
        String document = analysed(plain, TestEvents.event(plain, text));
        TestEvents.publish(new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION,
                Instant.now(), page, TestEvents.sha256(text), null, "Quay reopens late", "https://port.example/quay",
                "Port Gazette", null, null, text, "text/html", html));
        await().atMost(PATIENCE).until(() -> TestDatabase.count(
                "SELECT count(*) FROM document_source WHERE document_id = ?::uuid", document) == 2);
        Rows before = Rows.of(document);
        String pageEvent = TestDatabase.string(
                "SELECT last_event_id FROM document_source WHERE submission_id = ?::uuid", page);

        reprocess("{\"documentId\":\"" + page + "\"}").statusCode(202).body("published", equalTo(1));

        await().atMost(PATIENCE).until(() -> !before.lastEventId().equals(Rows.of(document).lastEventId()));
        assertThat(Rows.of(document).counts()).isEqualTo(before.counts());
        assertThat(TestDatabase.string("SELECT last_event_id FROM document_source WHERE submission_id = ?::uuid",
                page)).as("the re-run repeats the page's submission").isNotEqualTo(pageEvent);
        assertThat(TestDatabase.string("SELECT title || ' / ' || source FROM document_source"
                + " WHERE submission_id = ?::uuid", page)).isEqualTo("Quay reopens late / Port Gazette");
        assertThat(TestDatabase.string("SELECT title || ' / ' || source FROM document_source"
                + " WHERE submission_id = ?::uuid", plain)).isEqualTo("Test article / Test Gazette");
        assertThat(TestDatabase.string("SELECT content FROM source_original WHERE submission_id = ?::uuid", page))
                .isEqualTo(html);
        assertThat(TestDatabase.count("SELECT count(*) FROM document WHERE content_hash = ?", TestEvents.sha256(text)))
                .isEqualTo(1);
    }

    @Test
    void requestsAreCheckedAndNeedTheOperatorKey() {
        given().contentType(ContentType.JSON).body("{\"documentId\":\"" + UUID.randomUUID() + "\"}")
                .post("/admin/reprocess").then().statusCode(401).body("status", equalTo(401));
        given().header("X-API-Key", "wrong").contentType(ContentType.JSON).body("{}")
                .post("/admin/reprocess").then().statusCode(401);
        reprocess("{}").statusCode(400).body("message", startsWith("give exactly one of"));
        reprocess("{\"documentId\":\"" + UUID.randomUUID() + "\",\"olderThanVersion\":\"corenlp-1+claimlens-1\"}")
                .statusCode(400).body("message", startsWith("give exactly one of"));
        reprocess("{\"documentId\":\"12\"}").statusCode(400).body("field", equalTo("documentId"));
        reprocess("{\"documentId\":\"" + UUID.randomUUID() + "\"}").statusCode(404)
                .body("field", equalTo("documentId"));
        reprocess("{\"olderThanVersion\":\"v2\"}").statusCode(400).body("field", equalTo("olderThanVersion"));
        reprocess("{\"from\":\"yesterday\"}").statusCode(400).body("field", equalTo("from"));
        reprocess("{\"from\":\"2026-02-01\",\"to\":\"2026-01-01\"}").statusCode(400).body("field", equalTo("to"));
        reprocess("{\"from\":\"2026-01-01\",\"status\":\"GONE\"}").statusCode(400).body("field", equalTo("status"));
        reprocess("{\"from\":\"2026-01-01\",\"limit\":0}").statusCode(400).body("field", equalTo("limit"));
        reprocess("{\"documentIds\":[]}").statusCode(400).body("field", equalTo("documentIds"));
        reprocess("{\"documentId\":").statusCode(400).body("message", equalTo("the body is not valid JSON"));
        given().header("X-API-Key", OPERATOR_KEY).get("/admin/reprocess").then().statusCode(405)
                .body("status", equalTo(405));
    }

    private static ValidatableResponse reprocess(String body) {
        return given().header("X-API-Key", OPERATOR_KEY).contentType(ContentType.JSON).body(body)
                .when().post("/admin/reprocess").then().contentType(ContentType.JSON);
    }

    private static String analysed(String text) {
        String id = UUID.randomUUID().toString();
        // a text analysed before (by another test, in the shared database) would only add a source to that document
        return analysed(id, TestEvents.event(id, text + " Reference " + id + "."));
    }

    private static String analysed(String id, DocumentIngested event) {
        TestEvents.publish(event);
        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(
                TestDatabase.string("SELECT status FROM document WHERE id = ?::uuid", id)));
        return id;
    }

    private static long processed(String outcome) {
        String metrics = given().get("/q/metrics").then().extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("claimlens_documents_processed_total{") && l.contains("\"" + outcome + "\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** What a document's analysis consists of: row counts, the spans of its mentions and claims, its last event. */
    record Rows(String counts, String spans, String lastEventId) {
        static Rows of(String id) {
            return new Rows(TestDatabase.string("SELECT (SELECT count(*) FROM mention WHERE document_id = d.id) || '/'"
                            + " || (SELECT count(*) FROM claim WHERE document_id = d.id) || '/'"
                            + " || (SELECT count(*) FROM entity_descriptor WHERE document_id = d.id) || '/'"
                            + " || (SELECT count(*) FROM claim_source s JOIN claim c ON c.id = s.claim_id"
                            + " WHERE c.document_id = d.id) FROM document d WHERE d.id = ?::uuid", id),
                    TestDatabase.string("SELECT string_agg(span, ',' ORDER BY span) FROM ("
                            + "SELECT 'm' || start_offset || '-' || end_offset || type AS span FROM mention"
                            + " WHERE document_id = ?::uuid UNION ALL SELECT 'c' || content_start || '-' || content_end"
                            + " || kind FROM claim WHERE document_id = ?::uuid) s", id, id),
                    TestDatabase.string("SELECT last_event_id FROM document WHERE id = ?::uuid", id));
        }
    }
}
