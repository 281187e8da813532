package org.claimlens.query.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One submission that carried a document's text: the id ingest-service answered for it and the metadata it came
 * with. Exact duplicates from other feeds or URLs are more sources of one document. {@code original} is the URL of
 * the page the text was extracted from, or null.
 */
public record DocumentSource(UUID submissionId, String externalId, String url, String source, String title,
                             String author, Instant publishedAt, Instant firstSeenAt, Instant lastSeenAt,
                             String original) {
}
