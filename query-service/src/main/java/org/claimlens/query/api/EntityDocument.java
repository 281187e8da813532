package org.claimlens.query.api;

import java.time.Instant;
import java.util.UUID;

/** A document that mentions an entity, and how many times. */
public record EntityDocument(UUID id, String title, String source, Instant publishedAt, Instant ingestedAt,
                             long mentionCount) {
}
