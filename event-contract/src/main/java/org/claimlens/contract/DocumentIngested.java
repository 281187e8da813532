package org.claimlens.contract;

import java.time.Instant;
import java.util.Objects;

/**
 * Fact published by ingest-service once a document was accepted: the broker holds it, analysis may start.
 * Keyed on Kafka by {@link #documentId()} so every version of one document lands on one partition, in order.
 *
 * @param eventId       unique per publication; consumers use it to recognise redeliveries
 * @param schemaVersion version of this record's shape, see {@link #SCHEMA_VERSION}
 * @param occurredAt    when ingest-service accepted the document
 * @param documentId    stable id of the document (see ingest-service's identity rule)
 * @param contentHash   SHA-256 (hex) of the normalised text; equal hashes mean equal content
 * @param text          the document text as analysed
 */
public record DocumentIngested(
        String eventId,
        int schemaVersion,
        Instant occurredAt,
        String documentId,
        String contentHash,
        String externalId,
        String title,
        String url,
        String source,
        String author,
        Instant publishedAt,
        String text) {

    /** Bumped whenever a field changes meaning or is removed; additions stay compatible. */
    public static final int SCHEMA_VERSION = 1;

    public DocumentIngested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(text, "text");
    }
}
