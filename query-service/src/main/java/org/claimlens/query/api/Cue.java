package org.claimlens.query.api;

/** The words that mark a claim as reported ("said", "according to"). */
public record Cue(String text, Integer start, Integer end) {
}
