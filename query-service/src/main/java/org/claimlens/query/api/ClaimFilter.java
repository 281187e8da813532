package org.claimlens.query.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Claim search; null fields do not filter. {@code entityId} matches claims by or about the entity,
 * {@code claimantId} only claims it made; {@code from} (inclusive) and {@code to} (exclusive) bound the document's
 * publication time, or its ingestion time when it has none; {@code minCheckWorthiness} keeps claims scored at least
 * that (0..1), {@code checkWorthy} those the model labels so (or not); {@code source} is the document's source and
 * {@code claimantType} the type of the entity that made the claim, so every facet value can become a filter.
 */
public record ClaimFilter(String text, Long entityId, Long claimantId, ClaimKind kind, UUID documentId,
                          Instant from, Instant to, ClaimCertainty certainty, Double minCheckWorthiness,
                          Boolean checkWorthy, String source, EntityType claimantType) {
}
