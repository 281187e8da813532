package org.claimlens.analysis.extraction;

/**
 * The words naming who makes a claim, as token indices {@code [start, end)}, and the main word among them that is
 * looked up among the entity mentions.
 */
record Claimant(int start, int end, int head) {
}
