package org.claimlens.ingest.domain;

import java.time.Instant;
import java.util.UUID;
import org.claimlens.contract.DocumentIngested;

/**
 * A document that passed every check, with its identity; optional fields are null when absent.
 *
 * @param text     the text as analysed: line endings unified to LF and page debris removed (analysis offsets
 *                 refer to it)
 * @param original the body the text was extracted from, or null when the text is the original
 */
public record ValidatedDocument(
        DocumentIdentity identity,
        String text,
        String title,
        String url,
        String source,
        String author,
        Instant publishedAt,
        String externalId,
        Original original) {

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
                text,
                original == null ? null : original.mediaType(),
                original == null ? null : original.content());
    }
}
