package org.claimlens.analysis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.claimlens.analysis.support.TestDatabase;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.infra.quarkus.PostgresResource;
import org.junit.jupiter.api.Test;

/** Exact duplicates collapse with all their sources, near-duplicates are linked: through the real broker and database. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class DuplicateHandlingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String STORY = """
            The harbor authority said on Monday that the new sea wall would be finished a year late, after engineers \
            found cracks in two of the concrete caissons that form its base. Mayor Elena Marsh told reporters that \
            the city would not open a structure that might fail in the first winter storm. The repairs are expected \
            to cost about twelve million dollars, according to the authority, which manages the project for the city \
            and the regional government. Critics, including two council members, said the delay showed that the \
            original schedule had been unrealistic from the start, and that the contractor had been chosen in haste.
            """;

    @Test
    void theSameTextFromTwoSourcesIsOneDocumentWithBothSources() {
        String text = STORY + "Case " + UUID.randomUUID() + ".";
        DocumentIngested wire = event("wire-" + UUID.randomUUID(), text, "https://wire.example.org/a", "Wire", null);
        DocumentIngested paper = event("paper-" + UUID.randomUUID(), text, "https://paper.example.org/b", "Paper",
                "<html><body><p>" + text + "</p></body></html>");

        TestEvents.publish(wire);
        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(wire.documentId())));
        String claims = TestDatabase.string("SELECT string_agg(id::text, ',' ORDER BY id) FROM claim "
                + "WHERE document_id = ?::uuid", wire.documentId());
        TestEvents.publish(paper);
        await().atMost(PATIENCE).until(() -> sourceCount(wire.documentId()) == 2);

        assertThat(TestDatabase.count("SELECT count(*) FROM document WHERE content_hash = ?", wire.contentHash()))
                .isEqualTo(1);
        assertThat(TestDatabase.string("SELECT string_agg(url, ' ' ORDER BY first_seen_at) FROM document_source "
                + "WHERE document_id = ?::uuid", wire.documentId()))
                .isEqualTo("https://wire.example.org/a https://paper.example.org/b");
        assertThat(TestDatabase.string("SELECT d.url || ' ' || d.source FROM document d WHERE id = ?::uuid",
                wire.documentId())).isEqualTo("https://wire.example.org/a Wire");
        assertThat(TestDatabase.string("SELECT string_agg(id::text, ',' ORDER BY id) FROM claim "
                + "WHERE document_id = ?::uuid", wire.documentId())).as("not analysed again").isEqualTo(claims);
        assertThat(TestDatabase.string("SELECT media_type || ' ' || length(content) FROM source_original "
                + "WHERE submission_id = ?::uuid", paper.documentId()))
                .isEqualTo("text/html " + paper.original().length());
    }

    @Test
    void theSameArticleWithAnotherHeaderAndFooterIsLinkedAsANearDuplicate() {
        String marker = "Case " + UUID.randomUUID() + ".";
        DocumentIngested first = event("a-" + UUID.randomUUID(),
                "Riverton Ledger - Local news\n\n" + STORY + marker + "\nShare your views with our letters page.", null,
                "Ledger", null);
        DocumentIngested second = event("b-" + UUID.randomUUID(),
                "Valley Courier | Updated at noon\n\n" + STORY + marker + "\nCopyright Valley Courier, all rights "
                        + "reserved. Reproduction without permission is prohibited.", null, "Courier", null);
        DocumentIngested unrelated = event("c-" + UUID.randomUUID(), "The tram line will open in June, the regional "
                + "transport board said, after a shortage of signalling engineers delayed the project. " + marker,
                null, "Courier", null);

        TestEvents.publish(first);
        TestEvents.publish(second);
        TestEvents.publish(unrelated);
        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(unrelated.documentId()))
                && TestDatabase.count("SELECT count(*) FROM document_near_duplicate WHERE document_id = ?::uuid "
                + "AND similar_id = ?::uuid", first.documentId(), second.documentId()) == 1);

        double similarity = Double.parseDouble(TestDatabase.string("SELECT similarity FROM document_near_duplicate "
                + "WHERE document_id = ?::uuid AND similar_id = ?::uuid", first.documentId(), second.documentId()));
        assertThat(similarity).isBetween(0.7, 0.99);
        assertThat(TestDatabase.string("SELECT similarity FROM document_near_duplicate WHERE document_id = ?::uuid "
                + "AND similar_id = ?::uuid", second.documentId(), first.documentId())).isEqualTo(String.valueOf(similarity));
        assertThat(TestDatabase.count("SELECT count(*) FROM document_near_duplicate WHERE document_id = ?::uuid",
                unrelated.documentId())).isZero();
    }

    @Test
    void aCorrectedSubmissionLeavesTheSharedTextToItsOtherSource() {
        String text = STORY + "Case " + UUID.randomUUID() + ".";
        DocumentIngested original = event("first-" + UUID.randomUUID(), text, null, "First", null);
        DocumentIngested copy = event("copy-" + UUID.randomUUID(), text, null, "Copy", null);
        TestEvents.publish(original);
        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(original.documentId())));
        TestEvents.publish(copy);
        await().atMost(PATIENCE).until(() -> sourceCount(original.documentId()) == 2);

        String corrected = text.replace("twelve million", "fourteen million");
        TestEvents.publish(event(original.externalId(), corrected, null, "First", null));
        await().atMost(PATIENCE).until(() -> sourceCount(original.documentId()) == 1);

        String movedTo = TestDatabase.string("SELECT document_id FROM document_source WHERE submission_id = ?::uuid",
                original.documentId());
        assertThat(movedTo).isNotEqualTo(original.documentId());
        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(movedTo)));
        assertThat(TestDatabase.string("SELECT body FROM document WHERE id = ?::uuid", movedTo)).contains("fourteen");
        assertThat(TestDatabase.string("SELECT source FROM document WHERE id = ?::uuid", original.documentId()))
                .as("the old text now shows its remaining source").isEqualTo("Copy");
    }

    @Test
    void claimsRecordTheTimeTheyReferToResolvedAgainstThePublicationDate() {
        String id = UUID.randomUUID().toString();
        String text = "Mayor Elena Marsh said last week that the sea wall would cost twelve million dollars more. "
                + "Case " + id + ".";
        TestEvents.publish(new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION,
                Instant.now(), id, TestEvents.sha256(text), null, "Wall", null, "Ledger", null,
                Instant.parse("2018-11-08T10:00:00Z"), text));

        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(id)));
        assertThat(TestDatabase.string("SELECT time_expression || ' ' || time_from || ' ' || time_to || ' ' "
                + "|| time_granularity FROM claim WHERE document_id = ?::uuid AND time_expression IS NOT NULL", id))
                .isEqualTo("last week 2018-10-29 2018-11-04 WEEK");
    }

    @Test
    void aVersionOneEventIsStillRead() throws Exception {
        String id = UUID.randomUUID().toString();
        // long enough that the random id at its end can never make the language detector doubt it is English
        String text = "The port authority said on Tuesday that cargo volumes at the harbour rose four percent in May, "
                + "the best month since the new cranes arrived last spring. Case " + id + ".";
        String v1 = """
                {"eventId":"%s","schemaVersion":1,"occurredAt":"2026-11-22T10:15:30Z","documentId":"%s",
                 "contentHash":"%s","externalId":null,"title":"Port","url":null,"source":"Old producer",
                 "author":null,"publishedAt":null,"text":"%s"}""".formatted(UUID.randomUUID(), id,
                TestEvents.sha256(text), text);

        TestEvents.send(id, v1.getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).until(() -> "ANALYSED".equals(status(id)));
        assertThat(TestDatabase.count("SELECT count(*) FROM source_original WHERE submission_id = ?::uuid", id)).isZero();
    }

    private static DocumentIngested event(String externalId, String text, String url, String source, String html) {
        String submission = UUID.nameUUIDFromBytes(externalId.getBytes(StandardCharsets.UTF_8)).toString();
        return new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION, Instant.now(),
                submission, TestEvents.sha256(text), externalId, "Sea wall", url, source, null, null, text,
                html == null ? null : "text/html", html);
    }

    private static String status(String id) {
        return TestDatabase.string("SELECT status FROM document WHERE id = ?::uuid", id);
    }

    private static long sourceCount(String documentId) {
        return TestDatabase.count("SELECT count(*) FROM document_source WHERE document_id = ?::uuid", documentId);
    }
}
