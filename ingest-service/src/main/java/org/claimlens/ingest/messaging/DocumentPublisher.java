package org.claimlens.ingest.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.contract.Topics;
import org.claimlens.ingest.domain.DocumentTooLargeException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes {@link DocumentIngested} events keyed by document id and reports when the broker acknowledged them,
 * so that the client is answered only once the event is durable (no fire-and-forget). While the
 * {@link BrokerCircuit} is open, publications fail at once.
 */
@ApplicationScoped
public class DocumentPublisher {

    static final String CHANNEL = "documents-out";
    static final String PUBLISH_TIMER = "claimlens.ingest.publish";
    static final String PUBLISH_REFUSED = "claimlens.ingest.publish.short.circuited";

    private final Emitter<DocumentIngested> emitter;
    private final PublishConfig config;
    private final MeterRegistry registry;
    private final BrokerCircuit circuit;

    public DocumentPublisher(
            // Room for a full batch on top of the sink's in-flight window; beyond that send() fails fast.
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            Emitter<DocumentIngested> emitter,
            PublishConfig config,
            MeterRegistry registry,
            BrokerCircuit circuit) {
        this.emitter = emitter;
        this.config = config;
        this.registry = registry;
        this.circuit = circuit;
    }

    /**
     * Sends the event; the stage completes when the broker acknowledged it, or fails with
     * {@link PublishFailedException} when it refused it or did not answer within the configured timeout, or with
     * {@link DocumentTooLargeException} when the event is larger than Kafka accepts.
     */
    public CompletionStage<Void> publish(DocumentIngested event) {
        if (!circuit.isClosed()) {
            registry.counter(PUBLISH_REFUSED).increment();
            return CompletableFuture.failedFuture(new PublishFailedException(
                    "Kafka is unavailable (the last publications failed)", null));
        }
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.documentId()).build());
        Message<DocumentIngested> message = Message.of(event, metadata,
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        Timer.Sample sample = Timer.start(registry);
        try {
            emitter.send(message);
        } catch (RuntimeException overflowOrClosed) {
            acked.completeExceptionally(overflowOrClosed);
        }
        CompletableFuture<Void> result = new CompletableFuture<>();
        // A late acknowledgement after the timeout is harmless: the client retries with the same document id.
        acked.orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, failure) -> {
            sample.stop(registry.timer(PUBLISH_TIMER, "outcome", failure == null ? "acked" : "failed"));
            if (failure == null) {
                circuit.succeeded();
                result.complete(null);
            } else {
                circuit.failed(failure);
                result.completeExceptionally(failed(failure));
            }
        });
        return result;
    }

    private RuntimeException failed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException) {
                // permanent: retrying cannot help, so this is the client's 413 rather than a 503
                return new DocumentTooLargeException("document", Topics.MAX_MESSAGE_BYTES);
            }
        }
        String message = failure instanceof TimeoutException
                ? "Kafka did not acknowledge the document within " + config.timeout().toSeconds() + " s"
                : "Kafka did not accept the document";
        return new PublishFailedException(message, failure);
    }
}
