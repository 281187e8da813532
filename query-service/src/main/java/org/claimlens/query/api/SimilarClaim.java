package org.claimlens.query.api;

/** A claim in another document that repeats or paraphrases the one in view; {@code similarity} is 0 to 1. */
public record SimilarClaim(long id, String content, double similarity, DocumentRef document) {
}
