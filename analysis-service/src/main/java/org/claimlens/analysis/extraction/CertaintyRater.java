package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.extraction.Certainty.Level;
import org.claimlens.analysis.extraction.CertaintyCues.Cue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How firmly a claim is put, from the cue that attributes it and the words of its content. Distancing outweighs
 * hedging, hedging outweighs factive cues, and with none the claim is plainly asserted. Words in parentheses and in
 * relative clauses ("a bombing that was claimed by ...") qualify what they describe, not the claim, and are
 * skipped. Each further hedge lowers the score a little.
 */
final class CertaintyRater {

    private static final double EXTRA_HEDGE_PENALTY = 0.1;
    private static final double MIN_SCORE = 0.05;

    private final DocumentLayout layout;

    CertaintyRater(DocumentLayout layout) {
        this.layout = layout;
    }

    Certainty rate(Claim claim) {
        List<CoreLabel> content = layout.tokensIn(claim.content());
        List<FoundCue> cues = new ArrayList<>();
        if (claim.cue() != null) {
            List<CoreLabel> cueTokens = layout.tokensIn(claim.cue());
            List<CoreLabel> after = claim.content().start() >= claim.cue().end() ? content : List.of();
            CertaintyCues.ofAttribution(cueTokens, after).ifPresent(cue -> cues.add(new FoundCue(cue, cueTokens)));
        }
        boolean[] outOfScope = outOfScope(content);
        for (int i = 0; i < content.size(); i++) {
            if (!outOfScope[i]) {
                Optional<Cue> cue = CertaintyCues.inContent(content, i);
                if (cue.isPresent()) {
                    cues.add(new FoundCue(cue.get(), content));
                    i = cue.get().end() - 1;
                }
            }
        }
        return decide(cues);
    }

    private record FoundCue(Cue cue, List<CoreLabel> tokens) {
        Level level() {
            return cue.level();
        }
    }

    private Certainty decide(List<FoundCue> cues) {
        for (Level level : List.of(Level.DISTANCED, Level.HEDGED, Level.CERTAIN)) {
            List<FoundCue> ofLevel = cues.stream().filter(found -> found.level() == level).toList();
            if (!ofLevel.isEmpty()) {
                FoundCue decisive = ofLevel.stream().min(Comparator.comparingDouble(f -> f.cue().score()))
                        .orElseThrow();
                int extraHedges = level == Level.HEDGED ? ofLevel.size() - 1 : 0;
                double score = decisive.cue().score() - EXTRA_HEDGE_PENALTY * extraHedges;
                Cue cue = decisive.cue();
                Span span = layout.span(decisive.tokens().subList(cue.start(), cue.end()));
                return new Certainty(level, rounded(Math.max(MIN_SCORE, score)), span);
            }
        }
        return new Certainty(Level.ASSERTED, CertaintyCues.ASSERTED_SCORE, null);
    }

    private static double rounded(double score) {
        return Math.round(score * 100) / 100.0;
    }

    /** Tokens in parentheses or in relative clauses. */
    private static boolean[] outOfScope(List<CoreLabel> tokens) {
        boolean[] skipped = RelativeClauses.mask(tokens);
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (word.equals("(") || word.equals("-LRB-")) {
                depth++;
            }
            skipped[i] |= depth > 0;
            if ((word.equals(")") || word.equals("-RRB-")) && depth > 0) {
                depth--;
            }
        }
        return skipped;
    }
}
