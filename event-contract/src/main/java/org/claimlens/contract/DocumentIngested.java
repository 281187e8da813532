package org.claimlens.contract;

import java.time.Instant;
import java.util.Objects;

/**
 * Fact published by ingest-service once a document was accepted: the broker holds it, analysis may start.
 * Keyed on Kafka by {@link #documentId()} so every version of one document lands on one partition, in order.
 *
 * @param eventId           unique per publication; consumers use it to recognise redeliveries
 * @param schemaVersion     version of this record's shape, see {@link #SCHEMA_VERSION}
 * @param occurredAt        when ingest-service accepted the document
 * @param documentId        stable id of the submission (see ingest-service's identity rule); analysis-service may
 *                          file it under an existing document with the same content
 * @param contentHash       SHA-256 (hex) of the normalised text; equal hashes mean equal content
 * @param text              the document text as analysed (for HTML: the extracted article body)
 * @param originalMediaType media type of {@code original} ({@code text/html}); null when the text is the original
 * @param original          the document as the client sent it, when that differs from {@code text}; since version 2
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
        String text,
        String originalMediaType,
        String original) {

    /**
     * Bumped whenever the shape changes. Version 2 added {@code originalMediaType} and {@code original}; a version 1
     * event reads with both null. Consumers refuse versions newer than theirs, so deploy consumers first.
     */
    public static final int SCHEMA_VERSION = 2;

    public DocumentIngested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(text, "text");
    }

    /** An event whose text is the original: the shape of schema version 1. */
    public DocumentIngested(String eventId, int schemaVersion, Instant occurredAt, String documentId,
                            String contentHash, String externalId, String title, String url, String source,
                            String author, Instant publishedAt, String text) {
        this(eventId, schemaVersion, occurredAt, documentId, contentHash, externalId, title, url, source, author,
                publishedAt, text, null, null);
    }
}
