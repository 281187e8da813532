package org.claimlens.analysis.extraction;

/** How a claim reaches the reader. */
public enum ClaimKind {
    /** Words inside quotation marks, attributed to a speaker. */
    DIRECT_QUOTE,
    /** Reported speech without quotation marks: "officials said that ...", "according to ...". */
    INDIRECT,
    /** The text asserts it in its own voice. */
    AUTHOR
}
