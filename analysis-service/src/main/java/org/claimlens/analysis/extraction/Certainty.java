package org.claimlens.analysis.extraction;

/**
 * How firmly a claim is put.
 *
 * @param level the class
 * @param score 0..1: 1 is stated as established fact, 0 as pure speculation
 * @param cue   the words that decided the class ("may", "reportedly", "alleged", "confirmed"); null for a plain
 *              assertion
 */
public record Certainty(Level level, double score, Span cue) {

    public Certainty {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("certainty score must be within 0..1, was " + score);
        }
    }

    public enum Level {
        /** Presented as established: "confirmed", "admitted", "showed". */
        CERTAIN,
        /** Stated without qualification. */
        ASSERTED,
        /** Qualified: "may", "appears", "probably", "reportedly", "estimated", "the possibility exists". */
        HEDGED,
        /** Reported with distance: "claimed", "alleged", "purported". */
        DISTANCED
    }
}
