package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.claimlens.analysis.learning.LinearClassifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trained claimant chooser: scores each word of a cue's sentence that could name its claimant and takes the
 * best, or none when even the best scores under the threshold ("is expected to", "reportedly"). The chosen word
 * grows into its noun phrase. The shipped model is {@code extraction/claimant-model.tsv}, made by
 * {@code analysis-service/train-attribution}.
 */
public final class ClaimantModel {

    static final String SHIPPED = "extraction/claimant-model.tsv";
    private static final Set<String> SINGLE_WORDS = Set.of("PRP", "PRP$");

    private final ClaimantFeatures features;
    private final LinearClassifier classifier;

    public ClaimantModel(LinearClassifier classifier) {
        this.classifier = classifier;
        this.features = new ClaimantFeatures(classifier.setting("bits"));
    }

    public static Map<String, String> settings(ClaimantFeatures features) {
        return Map.of("bits", String.valueOf(features.bits()));
    }

    public static ClaimantModel shipped() {
        return Shipped.MODEL;
    }

    public static ClaimantModel read(BufferedReader in) throws IOException {
        return new ClaimantModel(LinearClassifier.read(in));
    }

    public LinearClassifier classifier() {
        return classifier;
    }

    /** The claimant of the cue, or empty when the text names none near it. */
    Optional<Claimant> choose(CueContext context, Cue cue) {
        List<Integer> candidates = ClaimantFeatures.candidates(context.document(), cue);
        int[] ruleHeads = ClaimantFeatures.ruleHeads(context.document(), cue);
        int best = -1;
        double bestScore = classifier.threshold();
        for (int candidate : candidates) {
            double score = classifier.score(features.of(context, cue, candidates, ruleHeads, candidate));
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(phrase(context.document(), cue, best));
    }

    /**
     * The noun phrase around the chosen word, not reaching into the cue: "Critics of the president's plans"; a
     * relative pronoun alone, its antecedent as the word to link.
     */
    static Claimant phrase(ParsedDocument document, Cue cue, int head) {
        List<CoreLabel> tokens = document.tokens();
        int sentence = ParsedDocument.sentenceOf(tokens.get(head));
        if (tokens.get(head).tag().equals("WP")) {
            // "officials who described": "who" names them as "he" would, and the entity is looked up by them
            int antecedent = ClaimantFinder.antecedent(tokens, head, document.sentenceStart(sentence))
                    .map(Claimant::head).orElse(head);
            return new Claimant(head, head + 1, antecedent);
        }
        if (SINGLE_WORDS.contains(tokens.get(head).tag())) {
            return new Claimant(head, head + 1, head);
        }
        boolean before = head < cue.first();
        int start = NounPhrases.startOf(tokens, head, before ? document.sentenceStart(sentence) : cue.end());
        boolean possessor = head + 1 < tokens.size() && tokens.get(head + 1).tag().equals("POS");
        int end = possessor ? head + 1 : Math.max(head + 1,
                NounPhrases.endFrom(tokens, start, before ? cue.first() : document.sentenceEnd(sentence)));
        return new Claimant(start, end, head);
    }

    private static final class Shipped {
        private static final ClaimantModel MODEL = new ClaimantModel(Resources.classifier(SHIPPED));
    }
}
