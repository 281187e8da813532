package org.claimlens.analysis.learning;

import java.util.Arrays;

/**
 * Hashes named features into a fixed number of slots and collects them into a {@link SparseVector}. Hashing keeps a
 * model a fixed, small array whatever the vocabulary; FNV-1a is stable across JVMs, unlike {@code hashCode}.
 */
public final class FeatureHashing {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private int[] hashes = new int[256];
    private int size;

    /** FNV-1a over all of {@code text}. */
    public static int hash(CharSequence text) {
        return hash(text, 0, text.length());
    }

    /** FNV-1a over {@code text[from, to)}, its high bits folded into the low ones that masks keep. */
    public static int hash(CharSequence text, int from, int to) {
        int hash = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash ^ (hash >>> 15);
    }

    /** Adds one occurrence of an already hashed feature. */
    public void add(int hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash;
    }

    public void add(CharSequence feature) {
        add(hash(feature));
    }

    /**
     * The features added so far as counts per slot of {@code 2^bits}, scaled to unit length when {@code normalise};
     * the collector is empty afterwards.
     */
    public SparseVector toVector(int bits, boolean normalise) {
        int mask = (1 << bits) - 1;
        for (int i = 0; i < size; i++) {
            hashes[i] &= mask;
        }
        Arrays.sort(hashes, 0, size);
        int[] indices = new int[size];
        float[] values = new float[size];
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct > 0 && indices[distinct - 1] == hashes[i]) {
                values[distinct - 1]++;
            } else {
                indices[distinct] = hashes[i];
                values[distinct++] = 1;
            }
        }
        size = 0;
        if (normalise) {
            double norm = 0;
            for (int i = 0; i < distinct; i++) {
                norm += values[i] * values[i];
            }
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < distinct; i++) {
                values[i] *= scale;
            }
        }
        return new SparseVector(Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
    }
}
