package org.claimlens.analysis.evaluation;

import java.util.List;

/** A stretch of text, {@code [start, end)} in UTF-16 offsets; gold spans may be several of them (discontinuous). */
public record CharSpan(int start, int end) {

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    public static boolean overlaps(List<CharSpan> some, List<CharSpan> others) {
        return some.stream().anyMatch(span -> others.stream().anyMatch(span::overlaps));
    }

    public static boolean contains(List<CharSpan> spans, int offset) {
        return spans.stream().anyMatch(span -> span.contains(offset));
    }
}
