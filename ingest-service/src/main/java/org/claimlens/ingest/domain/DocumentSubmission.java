package org.claimlens.ingest.domain;

/**
 * A document as a client sent it, before any checks: every field is the raw string from JSON, query or headers.
 */
public record DocumentSubmission(
        String text,
        String title,
        String url,
        String source,
        String author,
        String publishedAt,
        String externalId) {
}
