package org.claimlens.analysis.checkworthiness;

/** A feature vector as parallel arrays of ascending slot indices and their values. */
record SparseVector(int[] indices, float[] values) {

    double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }
}
