package org.claimlens.ingest.rest;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.claimlens.contract.DocumentIngested;
import org.claimlens.ingest.domain.DocumentSubmission;
import org.claimlens.ingest.domain.DocumentTooLargeException;
import org.claimlens.ingest.domain.DocumentValidator;
import org.claimlens.ingest.domain.InvalidDocumentException;
import org.claimlens.ingest.domain.ValidatedDocument;
import org.claimlens.ingest.messaging.DocumentPublisher;

/** The path of one document through this service: validate, derive its identity, publish, count the outcome. */
@ApplicationScoped
public class DocumentIngestion {

    private final DocumentValidator validator;
    private final DocumentPublisher publisher;
    private final IngestMetrics metrics;
    private final Clock clock = Clock.systemUTC();

    public DocumentIngestion(IngestConfig config, DocumentPublisher publisher, IngestMetrics metrics) {
        this.validator = new DocumentValidator(config.maxTextBytes(), config.maxOriginalBytes());
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * Validates synchronously (throwing the domain exceptions) and publishes at once; the returned {@link Uni}
     * emits the event once the broker acknowledged it, or fails with {@code PublishFailedException}.
     */
    public Uni<DocumentIngested> ingest(DocumentSubmission submission) {
        ValidatedDocument document = validate(submission);
        DocumentIngested event = document.toEvent(UUID.randomUUID(), clock.instant());
        CompletionStage<Void> acked = publisher.publish(event).whenComplete((ok, failure) -> {
            if (failure == null) {
                metrics.accepted();
            } else {
                metrics.rejected("unavailable");
            }
        });
        return Uni.createFrom().completionStage(acked).replaceWith(event);
    }

    private ValidatedDocument validate(DocumentSubmission submission) {
        try {
            return validator.validate(submission);
        } catch (InvalidDocumentException e) {
            metrics.rejected("invalid");
            throw e;
        } catch (DocumentTooLargeException e) {
            metrics.rejected("too_large");
            throw e;
        }
    }
}
