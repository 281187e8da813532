package org.claimlens.ingest.rest;

import org.claimlens.ingest.domain.DocumentSubmission;

/**
 * JSON body of {@code POST /documents} and of each NDJSON line. All fields are strings so that the domain rules,
 * not Jackson, decide what a valid date or URL is; unknown fields are rejected (see application.properties).
 */
public record DocumentRequest(
        String text,
        String title,
        String url,
        String source,
        String author,
        String publishedAt,
        String externalId) {

    /** An empty body (JSON {@code null} or nothing) becomes a submission without text, reported as such. */
    static DocumentSubmission submissionOf(DocumentRequest request) {
        return request == null
                ? new DocumentSubmission(null, null, null, null, null, null, null)
                : new DocumentSubmission(request.text, request.title, request.url, request.source, request.author,
                        request.publishedAt, request.externalId);
    }
}
