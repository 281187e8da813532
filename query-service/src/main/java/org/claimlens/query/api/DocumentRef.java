package org.claimlens.query.api;

import java.time.Instant;
import java.util.UUID;

/** Enough of a document to show and link to where a claim appeared. */
public record DocumentRef(UUID id, String title, String source, String url, Instant publishedAt,
                          Instant ingestedAt) {
}
