package org.claimlens.analysis.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimlens.analysis.support.TestDatabase;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.infra.quarkus.KafkaResource;
import org.claimlens.infra.quarkus.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Two near-duplicates written at the same moment still find each other, because the later one waits on the buckets
 * they share until the earlier commits; a document that shares no bucket with them does not wait at all.
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class NearDuplicateLockingTest {

    private static final String STORY = """
            The harbor authority said on Monday that the new sea wall would be finished a year late, after engineers \
            found cracks in two of the concrete caissons that form its base. Mayor Elena Marsh told reporters that \
            the city would not open a structure that might fail in the first winter storm. The repairs are expected \
            to cost about twelve million dollars, according to the authority, which manages the project for the city \
            and the regional government. Critics said the delay showed that the schedule had been unrealistic.
            """;

    @Inject
    AnalysisWriter writer;

    @Test
    void aNearDuplicateWrittenMeanwhileWaitsForTheFirstCommitAndIsLinkedAnUnrelatedDocumentDoesNotWait()
            throws Exception {
        String marker = " Case " + UUID.randomUUID() + ".";
        DocumentIngested first = event("Ledger front page\n\n" + STORY + marker);
        DocumentIngested second = event("Courier, updated at noon\n\n" + STORY + marker + "\nLetters to the editor.");
        DocumentIngested unrelated = event("The tram line will open in June, the transport board said, after a "
                + "shortage of signalling engineers delayed the project by a year." + marker);
        CountDownLatch firstIndexed = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Void> firstWrite = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    writer.writeNotAnalysed(first, "en", "test", "test-1");
                    firstIndexed.countDown();
                    await(releaseFirst);
                }));
        assertThat(firstIndexed.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> secondWrite = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> writer.writeNotAnalysed(second, "en", "test", "test-1")));
        CompletableFuture<Void> unrelatedWrite = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> writer.writeNotAnalysed(unrelated, "en", "test", "test-1")));

        unrelatedWrite.get(30, TimeUnit.SECONDS);
        Thread.sleep(1_000);
        assertThat(secondWrite).as("the near-duplicate waits while the first holds their buckets").isNotDone();
        releaseFirst.countDown();
        firstWrite.get(30, TimeUnit.SECONDS);
        secondWrite.get(30, TimeUnit.SECONDS);

        assertThat(links(first, second)).isEqualTo(1);
        assertThat(links(second, first)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT count(*) FROM document_near_duplicate WHERE document_id = ?::uuid",
                unrelated.documentId())).isZero();
    }

    private static long links(DocumentIngested from, DocumentIngested to) {
        return TestDatabase.count("SELECT count(*) FROM document_near_duplicate WHERE document_id = ?::uuid "
                + "AND similar_id = ?::uuid", from.documentId(), to.documentId());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the first transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static DocumentIngested event(String text) {
        return new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION, Instant.now(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), null, "Sea wall", null, "Gazette",
                "A. Writer", null, text);
    }
}
