package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small readings of tokens the claim and descriptor rules share: surface forms, punctuation, word counts. */
final class Phrases {

    private static final Set<String> CLAUSE_MARKERS = Set.of("that");
    private static final Set<String> FINITE_VERBS = Set.of("MD", "VBD", "VBP", "VBZ");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    private Phrases() {
    }

    /** Without punctuation at either end and without a leading "that". */
    static List<CoreLabel> trim(List<CoreLabel> tokens) {
        int start = 0;
        int end = tokens.size();
        while (start < end && (isPunctuation(tokens.get(start))
                || start == 0 && CLAUSE_MARKERS.contains(lower(tokens.get(start))))) {
            start++;
        }
        while (end > start && isPunctuation(tokens.get(end - 1))) {
            end--;
        }
        return tokens.subList(start, end);
    }

    static long wordCount(List<CoreLabel> tokens) {
        return tokens.stream().filter(token -> !isPunctuation(token)).count();
    }

    static boolean isPunctuation(CoreLabel token) {
        String text = surface(token);
        return !text.isEmpty() && text.chars().allMatch(c -> !Character.isLetterOrDigit(c));
    }

    /** The token as the text has it, before the tokenizer normalised it. */
    static String surface(CoreLabel token) {
        return token.originalText() == null ? token.word() : token.originalText();
    }

    static String lower(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    /** A verb with a tense of its own, or a modal: what a clause needs. */
    static boolean isFiniteVerb(CoreLabel token) {
        return FINITE_VERBS.contains(token.tag());
    }

    /** "has", "is", "did", "would": a verb that carries another. */
    static boolean isAuxiliary(CoreLabel token) {
        return token.tag().startsWith("VB") && AUXILIARIES.contains(token.lemma()) || token.tag().equals("MD");
    }

    static boolean isVerb(CoreLabel token) {
        return token.tag() != null && (token.tag().startsWith("VB") || token.tag().equals("MD"));
    }
}
