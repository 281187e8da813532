package org.claimlens.analysis.extraction;

/** A piece of the article text, {@code [start, end)} in UTF-16 offsets. */
public record Span(int start, int end, String text) {
}
