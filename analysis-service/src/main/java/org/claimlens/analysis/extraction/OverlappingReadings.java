package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps the attributions of one sentence apart: a content that runs on over another cue ("X said A, and Y said B")
 * ends before that cue's claimant; a second reading of the same content or cue is dropped, and so is an attribution
 * nested in another's content ("sources said [protocol called for ...]"): the outer speaker is the one who says it.
 */
final class OverlappingReadings {

    private static final Set<String> JOINERS = Set.of(",", ";", "and", "but", "while", "as", "whereas");

    private OverlappingReadings() {
    }

    static List<CueReading> separate(CueContext context, List<CueReading> readings) {
        List<CueReading> separated = new ArrayList<>();
        for (CueReading reading : readings) {
            int end = reading.contentEnd();
            for (CueReading other : readings) {
                // the other's claimant when it stands in this content, else its cue: "..., saying" names no one
                int otherStart = other.claimant() != null && other.claimant().start() < other.cue().first()
                        && other.claimant().start() > reading.contentStart()
                        ? other.claimant().start() : other.cue().first();
                if (other != reading && otherStart > reading.contentStart() && otherStart < end
                        && other.cue().first() > reading.cue().first() && startsAnother(context, other, otherStart)) {
                    end = otherStart;
                }
            }
            while (end > reading.contentStart() && JOINERS.contains(Phrases.lower(context.document().tokens()
                    .get(end - 1)))) {
                end--;
            }
            CueReading kept = end == reading.contentEnd() ? reading : reading.withContent(reading.contentStart(), end);
            boolean repeated = separated.stream().anyMatch(earlier -> earlier.contentStart() == kept.contentStart()
                    && earlier.contentEnd() == kept.contentEnd() || earlier.cue().first() == kept.cue().first());
            if (!repeated) {
                separated.add(kept);
            }
        }
        return separated.stream().filter(reading -> separated.stream().noneMatch(other -> other != reading
                && reading.cue().first() >= other.contentStart() && reading.cue().first() < other.contentEnd()))
                .toList();
    }

    /**
     * "..., and Y said B", "..., saying B": the other attribution follows a comma or a conjunction and names its own
     * speaker or is a participle; "she hopes ..., but she knows ..." goes on with the same speaker inside the first
     * content.
     */
    private static boolean startsAnother(CueContext context, CueReading other, int otherStart) {
        List<CoreLabel> tokens = context.document().tokens();
        boolean named = other.claimant() != null && !tokens.get(other.claimant().head()).tag().equals("PRP");
        boolean participle = tokens.get(other.cue().first()).tag().equals("VBG") && otherStart == other.cue().first();
        return (named || participle) && otherStart > 0 && JOINERS.contains(Phrases.lower(tokens.get(otherStart - 1)));
    }
}
