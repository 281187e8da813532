package org.claimlens.ingest.domain;

import java.time.Instant;
import java.util.UUID;
import org.claimlens.contract.DocumentIngested;

/**
 * A document that passed every check, with its identity; optional fields are null when absent.
 *
 * @param text the text as sent, with line endings unified to LF (analysis offsets refer to it)
 */
public record ValidatedDocument(
        DocumentIdentity identity,
        String text,
        String title,
        String url,
        String source,
        String author,
        Instant publishedAt,
        String externalId) {

    /** The event announcing this document, published under a fresh {@code eventId}. */
    public DocumentIngested toEvent(UUID eventId, Instant occurredAt) {
        return new DocumentIngested(
                eventId.toString(),
                DocumentIngested.SCHEMA_VERSION,
                occurredAt,
                identity.documentId().toString(),
                identity.contentHash(),
                externalId,
                title,
                url,
                source,
                author,
                publishedAt,
                text);
    }
}
