package org.claimlens.query.api;

/**
 * Claim search: web-search style words in the content, and an entity the claim is by or about;
 * null fields do not filter.
 */
public record ClaimFilter(String text, Long entityId) {
}
