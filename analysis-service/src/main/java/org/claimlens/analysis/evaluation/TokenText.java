package org.claimlens.analysis.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** A text built from tokens, with where each token begins, so character spans can be mapped back to tokens. */
record TokenText(String text, int[] tokenStarts) {

    int tokenEnd(int token) {
        // tokens are separated by exactly one space or newline
        return token + 1 < tokenStarts.length ? tokenStarts[token + 1] - 1 : text.length();
    }

    /**
     * The tokens a character span {@code [start, end)} covers: every token it overlaps by at least one character,
     * so a mention that cuts a token counts as covering all of it. Empty when it overlaps none.
     */
    Optional<int[]> tokens(int start, int end) {
        int first = tokenAt(start);
        while (first < tokenStarts.length && tokenEnd(first) <= start) {
            first++;
        }
        int last = tokenAt(end - 1);
        if (first >= tokenStarts.length || last < first || tokenStarts[last] >= end) {
            return Optional.empty();
        }
        return Optional.of(new int[] {first, last + 1});
    }

    /** The last token beginning at or before {@code offset}, or 0. */
    private int tokenAt(int offset) {
        int found = Arrays.binarySearch(tokenStarts, offset);
        return Math.max(0, found >= 0 ? found : -found - 2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenText that && text.equals(that.text)
                && Arrays.equals(tokenStarts, that.tokenStarts);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Arrays.hashCode(tokenStarts);
    }

    @Override
    public String toString() {
        return "TokenText[" + tokenStarts.length + " tokens]";
    }
}
