package org.claimlens.analysis.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an acronym abbreviates a name: each significant word gives its first letter, small words may
 * give theirs, and one word may give a second letter from inside it ("NCTC", "National CounterTerrorism Center").
 */
final class Acronyms {

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "on", "in", "&", "de", "to");

    private Acronyms() {
    }

    static boolean abbreviates(String acronym, String name) {
        List<String> words = EntityNames.words(name.replace('-', ' ')).stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
        String letters = EntityNames.withoutDots(acronym).toLowerCase(Locale.ROOT);
        long significant = words.stream().filter(word -> !SMALL_WORDS.contains(word)).count();
        return significant >= 2 && align(letters, 0, words, 0, true);
    }

    private static boolean align(String letters, int letter, List<String> words, int word, boolean extraLeft) {
        if (word == words.size()) {
            return letter == letters.length();
        }
        String current = words.get(word);
        boolean small = SMALL_WORDS.contains(current);
        if (small && align(letters, letter, words, word + 1, extraLeft)) {
            return true;
        }
        if (letter == letters.length() || current.charAt(0) != letters.charAt(letter)) {
            return false;
        }
        if (align(letters, letter + 1, words, word + 1, extraLeft)) {
            return true;
        }
        return extraLeft && letter + 1 < letters.length()
                && current.indexOf(letters.charAt(letter + 1), 1) > 0
                && align(letters, letter + 2, words, word + 1, false);
    }
}
