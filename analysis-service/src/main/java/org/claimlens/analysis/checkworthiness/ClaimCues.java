package org.claimlens.analysis.checkworthiness;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hand-written signs of a factual, checkable claim (numbers, money, comparisons, superlatives, named things) and of
 * its opposite (first-person opinion, questions, modal talk). They generalise where the word features are sparse.
 */
final class ClaimCues {

    private static final Set<String> MAGNITUDES = Set.of("percent", "percentage", "million", "millions", "billion",
            "billions", "trillion", "trillions", "thousand", "thousands", "hundred", "hundreds", "dollars", "double",
            "doubled", "tripled", "half", "twice", "times");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "than", "increase", "increased",
            "decrease", "decreased", "rise", "rose", "fell", "cut", "higher", "lower");
    private static final Set<String> NOT_SUPERLATIVES = Set.of("interest", "honest", "suggest", "protest", "request",
            "contest", "invest", "arrest", "forest", "modest", "harvest", "manifest", "digest", "earnest",
            "rest", "test", "west", "guest", "nest", "chest");
    private static final Set<String> MODALS = Set.of("will", "would", "should", "could", "can", "must", "may",
            "might", "shall", "ought", "gonna", "'ll");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're",
            "we've", "we'll", "our", "us");
    private static final Set<String> OPINION_VERBS = Set.of("think", "believe", "feel", "hope", "want", "guess",
            "suppose", "agree", "disagree", "understand", "wish", "promise", "intend");
    private static final Set<String> POLITENESS = Set.of("thank", "thanks", "please", "congratulations", "welcome",
            "applause", "laughter");

    private ClaimCues() {
    }

    static void emit(List<String> tokens, List<String> normalised, Consumer<String> feature) {
        int numbers = 0;
        int capitalised = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String word = normalised.get(i);
            if (SentenceTokens.isNumber(token)) {
                numbers++;
                year(token, feature);
            }
            if (i > 0 && Character.isUpperCase(token.charAt(0)) && !token.equals("I") && !token.startsWith("I'")) {
                capitalised++;
            }
            wordCues(word, i + 1 < normalised.size() ? normalised.get(i + 1) : "", feature);
        }
        feature.accept(numbers == 0 ? "numbers:0" : numbers == 1 ? "numbers:1" : "numbers:2+");
        feature.accept("capitalised:" + Math.min(capitalised, 3));
        feature.accept("length:" + lengthBucket(tokens.size()));
    }

    private static void wordCues(String word, String next, Consumer<String> feature) {
        if (word.equals("NUM%") || word.equals("%") || word.equals("percent")) {
            feature.accept("percentage");
        }
        if (word.equals("$NUM") || word.equals("$") || word.startsWith("dollar")) {
            feature.accept("money");
        }
        if (MAGNITUDES.contains(word)) {
            feature.accept("magnitude");
        }
        if (COMPARATIVES.contains(word) || word.endsWith("er") && next.equals("than")) {
            feature.accept("comparative");
        }
        if (word.equals("most") || word.equals("least") || word.equals("best") || word.equals("worst")
                || word.length() > 5 && word.endsWith("est") && !NOT_SUPERLATIVES.contains(word)) {
            feature.accept("superlative");
        }
        if (MODALS.contains(word)) {
            feature.accept("modal");
        }
        if (FIRST_PERSON.contains(word)) {
            feature.accept("first-person");
            if (OPINION_VERBS.contains(next)) {
                feature.accept("first-person-opinion");
            }
        }
        if (POLITENESS.contains(word)) {
            feature.accept("politeness");
        }
        if (word.equals("?")) {
            feature.accept("question");
        }
    }

    private static void year(String token, Consumer<String> feature) {
        if (token.length() == 4 && (token.startsWith("19") || token.startsWith("20"))) {
            feature.accept("year");
        }
    }

    private static String lengthBucket(int tokens) {
        return tokens <= 5 ? "1-5" : tokens <= 10 ? "6-10" : tokens <= 20 ? "11-20" : tokens <= 35 ? "21-35" : "36+";
    }
}
