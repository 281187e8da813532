package org.claimlens.analysis.checkworthiness;

import org.claimlens.analysis.learning.FeatureHashing;
import org.claimlens.analysis.learning.SparseVector;

import java.util.List;
import java.util.Locale;

/**
 * Turns a sentence into a hashed, length-normalised sparse vector of word n-grams, character n-grams and
 * {@link ClaimCues}, hashed by {@link FeatureHashing}.
 */
final class SentenceFeatures {

    private final FeatureSettings settings;

    SentenceFeatures(FeatureSettings settings) {
        this.settings = settings;
    }

    SparseVector of(String sentence) {
        SentenceTokens tokens = SentenceTokens.of(sentence);
        List<String> normalised = tokens.tokens().stream().map(SentenceTokens::normalised).toList();
        FeatureHashing slots = new FeatureHashing();
        wordGrams(normalised, slots);
        if (settings.maxCharGram() > 0) {
            charGrams(sentence, slots);
        }
        if (settings.cues()) {
            ClaimCues.emit(tokens.tokens(), normalised, cue -> slots.add("c:" + cue));
        }
        return slots.toVector(settings.hashBits(), true);
    }

    private void wordGrams(List<String> words, FeatureHashing slots) {
        // Sentence boundaries take part in bigrams: "thank you" opening a sentence differs from one inside it.
        for (int n = 1; n <= settings.maxWordGram(); n++) {
            for (int start = n == 1 ? 0 : -1; start + n <= words.size() + (n == 1 ? 0 : 1); start++) {
                StringBuilder gram = new StringBuilder("w").append(n);
                for (int i = start; i < start + n; i++) {
                    gram.append(' ').append(i < 0 ? "<s>" : i >= words.size() ? "</s>" : words.get(i));
                }
                slots.add(gram);
            }
        }
    }

    private void charGrams(String sentence, FeatureHashing slots) {
        String text = " " + sentence.toLowerCase(Locale.ROOT).replaceAll("\\d", "0").replaceAll("\\s+", " ") + " ";
        for (int n = settings.minCharGram(); n <= settings.maxCharGram(); n++) {
            for (int start = 0; start + n <= text.length(); start++) {
                slots.add(FeatureHashing.hash(text, start, start + n) ^ n);
            }
        }
    }
}
