package org.claimlens.analysis.checkworthiness;

import org.claimlens.analysis.learning.SparseVector;

import java.util.List;

/** Labelled sentences turned into feature vectors once, with their gold labels alongside. */
record LabelledVectors(SparseVector[] vectors, boolean[] gold) {

    LabelledVectors(List<LabelledSentence> sentences, SentenceFeatures features) {
        this(sentences.stream().map(s -> features.of(s.text())).toArray(SparseVector[]::new), gold(sentences));
    }

    static boolean[] gold(List<LabelledSentence> sentences) {
        boolean[] gold = new boolean[sentences.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = sentences.get(i).checkWorthy();
        }
        return gold;
    }

    double[] scores(LinearModel model) {
        double[] scores = new double[vectors.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.score(vectors[i]);
        }
        return scores;
    }
}
