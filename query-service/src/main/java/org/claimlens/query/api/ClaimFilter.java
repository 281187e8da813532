package org.claimlens.query.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Claim search; null fields do not filter. {@code entityId} matches claims by or about the entity,
 * {@code claimantId} only claims it made; {@code from} (inclusive) and {@code to} (exclusive) bound the document's
 * publication time, or its ingestion time when it has none.
 */
public record ClaimFilter(String text, Long entityId, Long claimantId, ClaimKind kind, UUID documentId,
                          Instant from, Instant to) {
}
