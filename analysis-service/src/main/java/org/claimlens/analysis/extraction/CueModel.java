package org.claimlens.analysis.extraction;

import org.claimlens.analysis.learning.LinearClassifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trained cue detector: a logistic regression that scores each token outside quotations as part of an
 * attribution cue or not; runs of tokens scoring at least the threshold are the cues. The shipped model is
 * {@code extraction/cue-model.tsv}, made by {@code analysis-service/train-attribution}; its header says what it was
 * trained on and how.
 */
public final class CueModel {

    static final String SHIPPED = "extraction/cue-model.tsv";

    private final CueFeatures features;
    private final LinearClassifier classifier;

    public CueModel(LinearClassifier classifier) {
        this.classifier = classifier;
        this.features = new CueFeatures(classifier.setting("window"), classifier.setting("bits"));
    }

    /** The settings line a classifier over these features carries. */
    public static Map<String, String> settings(CueFeatures features) {
        return Map.of("window", String.valueOf(features.window()), "bits", String.valueOf(features.bits()));
    }

    /** The model the product ships, read from the class path on first use. */
    public static CueModel shipped() {
        return Shipped.MODEL;
    }

    public static CueModel read(BufferedReader in) throws IOException {
        return new CueModel(LinearClassifier.read(in));
    }

    public LinearClassifier classifier() {
        return classifier;
    }

    /** How likely token {@code i} is part of a cue. */
    public double score(CueContext context, int i) {
        return classifier.score(features.of(context, i));
    }

    /** The cues of a document in text order: runs of adjacent cue tokens of one sentence, outside quotations. */
    List<Cue> find(CueContext context) {
        List<Cue> cues = new ArrayList<>();
        int size = context.document().tokens().size();
        int start = -1;
        for (int i = 0; i <= size; i++) {
            boolean cue = i < size && !context.isQuoted(i) && score(context, i) >= classifier.threshold();
            boolean sameSentence = start >= 0 && i < size && ParsedDocument.sentenceOf(context.document().tokens()
                    .get(i)) == ParsedDocument.sentenceOf(context.document().tokens().get(start));
            if (start >= 0 && (!cue || !sameSentence)) {
                cues.add(new Cue(start, i));
                start = -1;
            }
            if (cue && start < 0) {
                start = i;
            }
        }
        return cues;
    }

    /** Holder idiom: the JVM reads the model once, on first use, without locking afterwards. */
    private static final class Shipped {
        private static final CueModel MODEL = new CueModel(Resources.classifier(SHIPPED));
    }
}
