package org.claimlens.analysis.training;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.evaluation.CharSpan;
import org.claimlens.analysis.extraction.ClaimantFeatures;
import org.claimlens.analysis.extraction.CueContext;
import org.claimlens.analysis.learning.SparseVector;

import java.util.List;

/**
 * The claimant model's training examples: for every annotated cue, each candidate word of its sentence, positive
 * when it is the first candidate inside the annotated source ("Travers" of "Russell Travers, the acting head of
 * ..."), so that the model learns to pick the name a source starts with.
 */
final class ClaimantExamples {

    private ClaimantExamples() {
    }

    static Examples of(List<LabelledDocument> documents, ClaimantFeatures features) {
        Examples examples = new Examples();
        for (LabelledDocument document : documents) {
            CueContext context = document.context();
            List<CoreLabel> tokens = context.document().tokens();
            for (LabelledDocument.GoldCue gold : document.cues()) {
                List<Integer> candidates = ClaimantFeatures.candidates(context.document(), gold.cue());
                int[] ruleHeads = ClaimantFeatures.ruleHeads(context.document(), gold.cue());
                int positive = candidates.stream()
                        .filter(i -> CharSpan.overlaps(gold.source(),
                                List.of(new CharSpan(tokens.get(i).beginPosition(), tokens.get(i).endPosition()))))
                        .findFirst().orElse(-1);
                for (int candidate : candidates) {
                    SparseVector vector = features.of(context, gold.cue(), candidates, ruleHeads, candidate);
                    examples.add(vector, candidate == positive);
                }
            }
        }
        return examples;
    }
}
