package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Set;

/**
 * Whether a sentence, read from its tokens alone, states something: it ends like a statement (not a question,
 * not a lead-in to a list, not a headline without a full stop), is not a title in title case, not an order,
 * and has a finite verb of its own, not only ones in {@link RelativeClauses} ("Fighters ... who was killed last
 * month").
 */
final class Declaratives {

    private static final int MIN_WORDS = 4;
    private static final Set<String> STATEMENT_ENDS = Set.of(".", "!", "\u2026", "...");
    private static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "while", "whereas",
            "if", "unless", "when", "whenever", "since", "whether");
    private static final Set<List<String>> SUBORDINATING_PAIRS = Set.of(List.of("even", "though"),
            List.of("even", "if"), List.of("so", "that"));
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "they");
    private static final int MIN_TITLE_WORD_LENGTH = 4;
    private static final double TITLE_CASE_SHARE = 0.75;

    private Declaratives() {
    }

    /**
     * @param sentence  the whole sentence, whose ending decides whether it is a statement
     * @param statement the words that would be the claim, framing and noise removed
     */
    static boolean isStatement(List<CoreLabel> sentence, List<CoreLabel> statement) {
        if (statement.stream().filter(TokenKinds::isWord).count() < MIN_WORDS || !endsAsStatement(sentence)) {
            return false;
        }
        if (isTitleCase(statement) || isOrder(statement)) {
            return false;
        }
        int mainVerbs = mainVerbCount(statement);
        return mainVerbs > 1 || mainVerbs == 1 && !isSubordinateOnly(statement);
    }

    private static boolean endsAsStatement(List<CoreLabel> sentence) {
        for (int i = sentence.size() - 1; i >= 0; i--) {
            CoreLabel token = sentence.get(i);
            if (!TokenKinds.isQuoteMark(token) && !token.word().equals(")")) {
                return STATEMENT_ENDS.contains(token.word()) || token.word().endsWith(".") && token.word().length() > 1;
            }
        }
        return false;
    }

    /** "Fight Against Last Vestige of ISIS in Syria Stalls": most longer words outside names are capitalised. */
    private static boolean isTitleCase(List<CoreLabel> tokens) {
        int words = 0;
        int capitalised = 0;
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if (token.word().length() >= MIN_TITLE_WORD_LENGTH && "O".equals(token.ner())
                    && token.word().chars().allMatch(Character::isLetter)) {
                words++;
                capitalised += TokenKinds.isCapitalised(token) ? 1 : 0;
            }
        }
        return capitalised >= 2 && capitalised >= TITLE_CASE_SHARE * words;
    }

    /** "Put that together with ...": a sentence opening on a verb's base form tells the reader to do something. */
    private static boolean isOrder(List<CoreLabel> tokens) {
        CoreLabel first = tokens.get(0);
        return TokenKinds.tag(first).equals("VB") && TokenKinds.isCapitalised(first);
    }

    private static int mainVerbCount(List<CoreLabel> tokens) {
        boolean[] relative = RelativeClauses.mask(tokens);
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean finite = TokenKinds.isFiniteVerb(tokens.get(i)) || isBaseFormAfterSubject(tokens, i);
            boolean sameGroup = i > 0 && TokenKinds.isFiniteVerb(tokens.get(i - 1));
            if (finite && !relative[i] && !sameGroup) {
                count++;
            }
        }
        return count;
    }

    /** "we no longer see": the tagger sometimes reads a present tense after a pronoun as a base form. */
    private static boolean isBaseFormAfterSubject(List<CoreLabel> tokens, int i) {
        if (!TokenKinds.tag(tokens.get(i)).equals("VB")) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && TokenKinds.tag(tokens.get(j)).startsWith("RB")) {
            j--;
        }
        return j >= 0 && SUBJECT_PRONOUNS.contains(TokenKinds.lower(tokens.get(j)));
    }

    /** "Because that's what they are.": a subordinate clause with nothing it depends on. */
    private static boolean isSubordinateOnly(List<CoreLabel> tokens) {
        return opensSubordinateClause(tokens) && tokens.stream().noneMatch(token -> token.word().equals(","));
    }

    /** Whether the words open with "because", "while", "even though" and the like. */
    static boolean opensSubordinateClause(List<CoreLabel> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        String first = TokenKinds.lower(tokens.get(0));
        String second = tokens.size() > 1 ? TokenKinds.lower(tokens.get(1)) : "";
        return SUBORDINATORS.contains(first) || SUBORDINATING_PAIRS.contains(List.of(first, second));
    }
}
