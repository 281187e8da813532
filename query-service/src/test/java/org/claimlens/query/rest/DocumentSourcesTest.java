package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.claimlens.query.support.SyriaStory;
import org.claimlens.query.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sources, original pages, near-duplicates and claim times, as analysis-service stores them. */
@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class DocumentSourcesTest {

    private static final String PAGE = "<html><body><script>alert(1)</script><p>Body.</p></body></html>";

    private SyriaStory story;
    private UUID wire;
    private UUID paper;
    private UUID nearCopy;

    @BeforeEach
    void seed() {
        TestData.reset();
        story = TestData.seedSyriaStory();
        wire = UUID.randomUUID();
        paper = UUID.randomUUID();
        addSource(wire, "https://wire.example.org/a", "Wire", "2026-01-10T09:00:00Z");
        addSource(paper, "https://paper.example.org/b", "Paper", "2026-01-11T09:00:00Z");
        TestData.execute("INSERT INTO source_original (submission_id, media_type, content) VALUES (?, 'text/html', ?)",
                paper, PAGE);
        nearCopy = TestData.seedDocument("Syria stalls (copy)", "Courier", "ANALYSED", null,
                Instant.parse("2026-01-12T09:00:00Z"), null);
        link(story.documentId(), nearCopy, 0.86);
        link(nearCopy, story.documentId(), 0.86);
    }

    @Test
    void aDocumentListsAllItsSourcesEarliestFirstAndItsNearDuplicates() {
        given().get("/documents/{id}", story.documentId())
                .then().statusCode(200)
                .body("sources", hasSize(2))
                .body("sources.submissionId", contains(wire.toString(), paper.toString()))
                .body("sources.url", contains("https://wire.example.org/a", "https://paper.example.org/b"))
                .body("sources[0].original", nullValue())
                .body("sources[1].original", endsWith("/documents/" + story.documentId() + "/original?source=" + paper))
                .body("nearDuplicates.id", contains(nearCopy.toString()))
                .body("nearDuplicates[0].similarity", is(0.86f))
                .body("nearDuplicates[0].title", is("Syria stalls (copy)"));
        given().get("/documents/{id}", nearCopy)
                .then().statusCode(200).body("nearDuplicates.id", contains(story.documentId().toString()));
    }

    @Test
    void theIdIngestAnsweredForADuplicateSubmissionFindsTheDocument() {
        given().get("/documents/{id}", paper)
                .then().statusCode(200).body("id", is(story.documentId().toString()));
        given().get("/documents/{id}/claims", paper)
                .then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void theOriginalPageIsServedSandboxed() {
        given().get("/documents/{id}/original", story.documentId())
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("X-Content-Type-Options", is("nosniff"))
                .body(is(PAGE));
        given().queryParam("source", wire.toString()).get("/documents/{id}/original", story.documentId())
                .then().statusCode(404).body("status", is(404));
        given().queryParam("source", "nope").get("/documents/{id}/original", story.documentId())
                .then().statusCode(400).body("field", is("source"));
    }

    @Test
    void claimsShowTheTimeTheyReferTo() {
        TestData.execute("UPDATE claim SET time_expression = 'last week', time_start = 3, time_end = 12, "
                + "time_from = ?, time_to = ?, time_granularity = 'WEEK' WHERE id = ?",
                Date.valueOf(LocalDate.of(2018, 10, 29)), Date.valueOf(LocalDate.of(2018, 11, 4)),
                story.traversClaimId());

        given().get("/documents/{id}/claims", story.documentId())
                .then().statusCode(200)
                .body("find { it.id == " + story.traversClaimId() + " }.time.expression", is("last week"))
                .body("find { it.id == " + story.traversClaimId() + " }.time.from", is("2018-10-29"))
                .body("find { it.id == " + story.traversClaimId() + " }.time.to", is("2018-11-04"))
                .body("find { it.id == " + story.traversClaimId() + " }.time.granularity", is("WEEK"))
                .body("find { it.id == " + story.spokesmanClaimId() + " }.time", nullValue());
        given().get("/claims/{id}", story.traversClaimId())
                .then().statusCode(200).body("time.start", is(3));
    }

    private void addSource(UUID submission, String url, String source, String seen) {
        TestData.execute("INSERT INTO document_source (submission_id, document_id, url, source, first_seen_at, "
                + "last_seen_at, last_event_id) VALUES (?, ?, ?, ?, ?, ?, 'e')", submission, story.documentId(), url,
                source, Timestamp.from(Instant.parse(seen)), Timestamp.from(Instant.parse(seen)));
    }

    private static void link(UUID from, UUID to, double similarity) {
        TestData.execute("INSERT INTO document_near_duplicate (document_id, similar_id, similarity) VALUES (?, ?, ?)",
                from, to, similarity);
    }
}
