package org.claimlens.query.api;

/** How firmly a claim is made: its class, a score from 0 (doubted) to 1 (certain) and the word that decided it. */
public record Certainty(String level, double score, String cue) {
}
