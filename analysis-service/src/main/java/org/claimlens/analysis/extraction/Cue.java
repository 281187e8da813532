package org.claimlens.analysis.extraction;

/**
 * Words that signal an attribution ("said", "told senators", "according to"), as token indices {@code [first, end)}
 * into their {@link ParsedDocument}.
 */
public record Cue(int first, int end) {

    public int last() {
        return end - 1;
    }
}
