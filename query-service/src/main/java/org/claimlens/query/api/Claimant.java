package org.claimlens.query.api;

/** Who a claim is attributed to, as written; {@code entityId} is set when it resolved to a canonical entity. */
public record Claimant(String text, Integer start, Integer end, Long entityId, String entityName) {
}
