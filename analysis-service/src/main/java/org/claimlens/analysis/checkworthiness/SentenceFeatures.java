package org.claimlens.analysis.checkworthiness;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a sentence into a hashed, length-normalised sparse vector of word n-grams, character n-grams and
 * {@link ClaimCues}. Hashing keeps the model a fixed, small array whatever the vocabulary.
 */
final class SentenceFeatures {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private final FeatureSettings settings;

    SentenceFeatures(FeatureSettings settings) {
        this.settings = settings;
    }

    SparseVector of(String sentence) {
        SentenceTokens tokens = SentenceTokens.of(sentence);
        List<String> normalised = tokens.tokens().stream().map(SentenceTokens::normalised).toList();
        Slots slots = new Slots();
        wordGrams(normalised, slots);
        if (settings.maxCharGram() > 0) {
            charGrams(sentence, slots);
        }
        if (settings.cues()) {
            ClaimCues.emit(tokens.tokens(), normalised, cue -> slots.add(hash("c:" + cue, 0, 0)));
        }
        return slots.toVector(settings.slots() - 1);
    }

    private void wordGrams(List<String> words, Slots slots) {
        // Sentence boundaries take part in bigrams: "thank you" opening a sentence differs from one inside it.
        for (int n = 1; n <= settings.maxWordGram(); n++) {
            for (int start = n == 1 ? 0 : -1; start + n <= words.size() + (n == 1 ? 0 : 1); start++) {
                StringBuilder gram = new StringBuilder("w").append(n);
                for (int i = start; i < start + n; i++) {
                    gram.append(' ').append(i < 0 ? "<s>" : i >= words.size() ? "</s>" : words.get(i));
                }
                slots.add(hash(gram.toString(), 0, 0));
            }
        }
    }

    private void charGrams(String sentence, Slots slots) {
        String text = " " + sentence.toLowerCase(Locale.ROOT).replaceAll("\\d", "0").replaceAll("\\s+", " ") + " ";
        for (int n = settings.minCharGram(); n <= settings.maxCharGram(); n++) {
            for (int start = 0; start + n <= text.length(); start++) {
                slots.add(hash(text, start, start + n) ^ n);
            }
        }
    }

    /** FNV-1a over {@code text[from, to)}, or over all of it when both are 0; stable across JVMs, unlike hashCode. */
    private static int hash(String text, int from, int to) {
        int end = from == 0 && to == 0 ? text.length() : to;
        int hash = FNV_OFFSET;
        for (int i = from; i < end; i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash ^ (hash >>> 15);
    }

    /** A growable list of hashed slots that becomes a sparse vector of counts scaled to unit length. */
    private static final class Slots {
        private int[] hashes = new int[256];
        private int size;

        void add(int hash) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash;
        }

        SparseVector toVector(int mask) {
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
            double norm = 0;
            for (int i = 0; i < distinct; i++) {
                norm += values[i] * values[i];
            }
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < distinct; i++) {
                values[i] *= scale;
            }
            return new SparseVector(Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
        }
    }
}
