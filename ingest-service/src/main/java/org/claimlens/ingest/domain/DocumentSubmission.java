package org.claimlens.ingest.domain;

/**
 * A document as a client sent it, before any checks: every field is the raw string from JSON, query or headers.
 *
 * @param original the body as sent when {@code text} was extracted from it (HTML), else null
 */
public record DocumentSubmission(
        String text,
        String title,
        String url,
        String source,
        String author,
        String publishedAt,
        String externalId,
        Original original) {

    /** A submission whose text is the original. */
    public DocumentSubmission(String text, String title, String url, String source, String author, String publishedAt,
                              String externalId) {
        this(text, title, url, source, author, publishedAt, externalId, null);
    }
}
