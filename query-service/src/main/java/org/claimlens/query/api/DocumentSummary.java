package org.claimlens.query.api;

import java.time.Instant;
import java.util.UUID;

/** A document in a list: its metadata and how much was extracted from it. */
public record DocumentSummary(UUID id, String title, String source, String author, String url,
                              Instant publishedAt, Instant ingestedAt, String status, String language,
                              long mentionCount, long claimCount) {
}
