package org.claimlens.query.api;

/** How many mentions, distinct canonical entities and claims were extracted from one document. */
public record DocumentCounts(long mentions, long entities, long claims) {
}
