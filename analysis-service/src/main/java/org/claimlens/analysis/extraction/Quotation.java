package org.claimlens.analysis.extraction;

/**
 * A stretch of text between double quotation marks, as token indices into its {@link ParsedDocument}.
 *
 * @param open     the opening mark
 * @param innerEnd one past the last quoted token: the closing mark, or the start of the next paragraph when the
 *                 quotation was never closed
 * @param closed   whether a closing mark ends it
 */
record Quotation(int open, int innerEnd, boolean closed) {

    int innerStart() {
        return open + 1;
    }

    /** One past the last token that belongs to the quotation, its closing mark included. */
    int end() {
        return closed ? innerEnd + 1 : innerEnd;
    }

    boolean holds(int token) {
        return open <= token && token < end();
    }
}
