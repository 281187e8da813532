package org.claimlens.analysis.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.claimlens.analysis.persistence.ReprocessSelection.Reprocess;
import org.claimlens.contract.DocumentIngested;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Puts re-runs on {@code documents.ingested}, keyed by document id like every version of a document, so a re-run and
 * a new ingestion of the same document are processed in order by one consumer. The {@value #REPROCESS_OF} header
 * names the event the stored analysis came from: the consumer re-runs only if it still does.
 */
@ApplicationScoped
public class ReprocessPublisher {

    public static final String REPROCESS_OF = "claimlens-reprocess-of";
    static final String CHANNEL = "reprocess-out";

    private final Emitter<DocumentIngested> emitter;

    public ReprocessPublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                              Emitter<DocumentIngested> emitter) {
        this.emitter = emitter;
    }

    /** Returns once the broker acknowledged every event; throws {@link ReprocessNotPublishedException} otherwise. */
    public void publish(List<Reprocess> reprocesses, Duration timeout) {
        CompletableFuture<?>[] acks = reprocesses.stream().map(this::send).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(acks).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ReprocessNotPublishedException("Kafka did not acknowledge the re-runs within "
                    + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReprocessNotPublishedException("interrupted while publishing the re-runs", e);
        }
    }

    private CompletableFuture<Void> send(Reprocess reprocess) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add(REPROCESS_OF, reprocess.reprocessOf().getBytes(StandardCharsets.UTF_8));
        Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(reprocess.event().documentId()).withHeaders(headers).build());
        Message<DocumentIngested> message = Message.of(reprocess.event(), metadata,
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException overflowOrClosed) {
            acked.completeExceptionally(overflowOrClosed);
        }
        return acked;
    }
}
