package org.claimlens.analysis.learning;

/** A feature vector as parallel arrays of ascending slot indices and their values. */
public record SparseVector(int[] indices, float[] values) {

    public double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }
}
