package org.claimlens.query.api;

import java.time.Instant;

/**
 * What a timeline counts: documents naming entity {@code entityId}, or documents matching {@code text} (exactly one
 * is set), bucketed by {@code interval} over the document's publication time, else ingestion time, within the
 * optional bounds ({@code from} inclusive, {@code to} exclusive).
 */
public record TimelineQuery(Long entityId, String text, TimelineInterval interval, Instant from, Instant to) {
}
