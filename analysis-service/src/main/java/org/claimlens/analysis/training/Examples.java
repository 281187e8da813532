package org.claimlens.analysis.training;

import org.claimlens.analysis.learning.LinearWeights;
import org.claimlens.analysis.learning.LogisticRegression;
import org.claimlens.analysis.learning.SparseVector;
import org.claimlens.analysis.learning.TrainingSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Labelled feature vectors collected one by one, then fitted. */
final class Examples {

    private final List<SparseVector> vectors = new ArrayList<>();
    private final List<Boolean> labels = new ArrayList<>();

    void add(SparseVector vector, boolean positive) {
        vectors.add(vector);
        labels.add(positive);
    }

    int size() {
        return vectors.size();
    }

    /**
     * Fits on the slots at least {@code minCount} examples touch: rarer ones are mostly one-off words whose weights
     * would generalise little and make the shipped file large.
     */
    LinearWeights fit(TrainingSettings settings, int slots, int minCount) {
        int[] counts = new int[slots];
        for (SparseVector vector : vectors) {
            for (int index : vector.indices()) {
                counts[index]++;
            }
        }
        SparseVector[] kept = vectors.stream().map(vector -> frequentOnly(vector, counts, minCount))
                .toArray(SparseVector[]::new);
        boolean[] gold = new boolean[labels.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = labels.get(i);
        }
        return new LogisticRegression(settings).train(kept, gold, slots);
    }

    private static SparseVector frequentOnly(SparseVector vector, int[] counts, int minCount) {
        int[] indices = new int[vector.indices().length];
        float[] values = new float[indices.length];
        int size = 0;
        for (int i = 0; i < indices.length; i++) {
            if (counts[vector.indices()[i]] >= minCount) {
                indices[size] = vector.indices()[i];
                values[size++] = vector.values()[i];
            }
        }
        return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }
}
