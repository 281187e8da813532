package org.claimlens.analysis.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.claimlens.analysis.processing.DocumentProcessor;
import org.claimlens.contract.DocumentIngested;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

/**
 * Where a document enters analysis: consumes {@code documents.ingested}, ingested documents and operators' re-runs
 * alike. A thrown exception nacks the record: {@link DocumentFailureStrategy} forwards document failures to
 * {@code documents.ingested.dlq} with the reason and stops on infrastructure failures. Offsets are committed only
 * after processing, so a crash means redelivery, which the writer ignores.
 */
@ApplicationScoped
public class DocumentConsumer {

    private final DocumentProcessor processor;

    public DocumentConsumer(DocumentProcessor processor) {
        this.processor = processor;
    }

    @Incoming("documents-in")
    @Blocking
    public void consume(ConsumerRecord<String, DocumentIngested> record) {
        DocumentIngested event = record.value();
        if (event == null) {
            throw new UnreadableEventException("record at offset " + record.offset() + " of partition "
                    + record.partition() + " is not a readable DocumentIngested event");
        }
        if (event.schemaVersion() > DocumentIngested.SCHEMA_VERSION) {
            throw new UnreadableEventException("schema version " + event.schemaVersion()
                    + " is newer than the supported " + DocumentIngested.SCHEMA_VERSION);
        }
        Header reprocessOf = record.headers().lastHeader(ReprocessPublisher.REPROCESS_OF);
        MDC.put("documentId", event.documentId());
        try {
            processor.process(event,
                    reprocessOf == null ? null : new String(reprocessOf.value(), StandardCharsets.UTF_8));
        } finally {
            MDC.remove("documentId");
        }
    }
}
