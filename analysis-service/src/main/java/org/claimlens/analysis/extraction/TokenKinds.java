package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.Locale;
import java.util.Set;

/** What a token is, read from its word, tag and NER label only, for the rules that run after the finders. */
final class TokenKinds {

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d", "\u201e", "\u00ab",
            "\u00bb");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "WP$");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "\u2014", "\u2013", "--", "(", ")",
            ".", "!", "?");

    private TokenKinds() {
    }

    static String lower(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    static String lemma(CoreLabel token) {
        return token.lemma() == null ? lower(token) : token.lemma().toLowerCase(Locale.ROOT);
    }

    static String tag(CoreLabel token) {
        return token.tag() == null ? "" : token.tag();
    }

    static boolean isWord(CoreLabel token) {
        return token.word().chars().anyMatch(Character::isLetterOrDigit);
    }

    static boolean isQuoteMark(CoreLabel token) {
        return QUOTE_MARKS.contains(token.word())
                || token.originalText() != null && QUOTE_MARKS.contains(token.originalText());
    }

    static boolean isFiniteVerb(CoreLabel token) {
        return FINITE_VERB_TAGS.contains(tag(token));
    }

    static boolean isVerb(CoreLabel token) {
        return tag(token).startsWith("VB") || tag(token).equals("MD");
    }

    static boolean isNoun(CoreLabel token) {
        return tag(token).startsWith("NN");
    }

    static boolean isRelativePronoun(CoreLabel token) {
        return RELATIVE_TAGS.contains(tag(token));
    }

    /** Punctuation that closes a clause or an aside: where the reach of a relative pronoun ends. */
    static boolean isClauseBreak(CoreLabel token) {
        return CLAUSE_BREAKS.contains(token.word());
    }

    static boolean isCapitalised(CoreLabel token) {
        return !token.word().isEmpty() && Character.isUpperCase(token.word().codePointAt(0));
    }
}
