package org.claimlens.analysis.extraction;

/**
 * Whether a claim is worth fact-checking.
 *
 * @param score       0..1 from the shipped check-worthiness model
 * @param checkWorthy the score is at or above the model's decision threshold
 */
public record CheckWorthinessScore(double score, boolean checkWorthy) {
}
