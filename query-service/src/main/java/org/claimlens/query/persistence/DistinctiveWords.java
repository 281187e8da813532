package org.claimlens.query.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * The text search query that finds candidates for "the same claim": claims containing at least {@link #REQUIRED}
 * of a claim's {@link #CONSIDERED} rarest words (lexemes). Rare words are what a repeated assertion keeps (names,
 * numbers, the topic), and their short index entries keep the candidate set small; requiring three of four lets a
 * paraphrase change one of them, and keeps a pair of words that always go together ("power grid") from matching
 * every claim that has them.
 */
final class DistinctiveWords {

    static final int CONSIDERED = 4;
    static final int REQUIRED = 3;

    private DistinctiveWords() {
    }

    /**
     * A {@code tsquery} in its text form, for lexemes ordered rarest first: every combination of {@link #REQUIRED}
     * of the first {@link #CONSIDERED}, or all of them when there are no more than {@link #REQUIRED}; empty (it
     * matches nothing) for no lexemes.
     */
    static String query(List<String> rarestFirst) {
        List<String> considered = rarestFirst.stream().limit(CONSIDERED).map(DistinctiveWords::quoted).toList();
        if (considered.size() <= REQUIRED) {
            return String.join(" & ", considered);
        }
        List<String> alternatives = new ArrayList<>();
        combine(considered, 0, new ArrayList<>(), alternatives);
        return String.join(" | ", alternatives);
    }

    private static void combine(List<String> words, int from, List<String> chosen, List<String> alternatives) {
        if (chosen.size() == REQUIRED) {
            alternatives.add("(" + String.join(" & ", chosen) + ")");
            return;
        }
        for (int i = from; i <= words.size() - (REQUIRED - chosen.size()); i++) {
            chosen.add(words.get(i));
            combine(words, i + 1, chosen, alternatives);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** A lexeme as a tsquery operand: quoted, quotes doubled and backslashes escaped, so it is taken verbatim. */
    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
