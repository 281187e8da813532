package org.claimlens.analysis.checkworthiness;

/**
 * Which features a model reads: word n-grams up to {@code maxWordGram}, character n-grams from {@code minCharGram}
 * to {@code maxCharGram} (none when 0), the hand-written cues, all hashed into {@code 2^hashBits} slots.
 */
public record FeatureSettings(int maxWordGram, int minCharGram, int maxCharGram, boolean cues, int hashBits) {

    public FeatureSettings {
        if (maxWordGram < 1 || hashBits < 10 || hashBits > 24 || minCharGram > maxCharGram) {
            throw new IllegalArgumentException("unusable feature settings " + this);
        }
    }

    int slots() {
        return 1 << hashBits;
    }

    String describe() {
        return "words=1-" + maxWordGram + " chars=" + (maxCharGram == 0 ? "none" : minCharGram + "-" + maxCharGram)
                + " cues=" + cues + " hashBits=" + hashBits;
    }
}
