package org.claimlens.analysis.evaluation;

import java.util.List;

/**
 * One attribution as scored: what is asserted, by whom and signalled by what. Each part is a list of character
 * spans, because annotated spans may be discontinuous; an absent source or cue is an empty list.
 */
public record AttributionRelation(List<CharSpan> content, List<CharSpan> source, List<CharSpan> cue) {

    public AttributionRelation {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }

    public boolean hasCue() {
        return !cue.isEmpty();
    }
}
