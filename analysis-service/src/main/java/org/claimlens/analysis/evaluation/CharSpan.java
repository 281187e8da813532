package org.claimlens.analysis.evaluation;

import java.util.List;

/** A stretch of text, {@code [start, end)} in UTF-16 offsets; gold spans may be several of them (discontinuous). */
record CharSpan(int start, int end) {

    boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    static boolean overlaps(List<CharSpan> some, List<CharSpan> others) {
        return some.stream().anyMatch(span -> others.stream().anyMatch(span::overlaps));
    }

    static boolean contains(List<CharSpan> spans, int offset) {
        return spans.stream().anyMatch(span -> span.contains(offset));
    }
}
