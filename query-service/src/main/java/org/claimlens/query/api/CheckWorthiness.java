package org.claimlens.query.api;

/** How worth fact-checking a claim is, from 0 to 1, and whether that passes the shipped model's threshold. */
public record CheckWorthiness(double score, boolean checkWorthy) {
}
