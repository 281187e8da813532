package org.claimlens.analysis.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Set;

/**
 * Marks the tokens of relative clauses, read from tags alone: from "who", "which" or a relative "that" to the next
 * clause break, or to a second finite verb not joined by "and" or "or" ("a chip which combines ... could make
 * phones cheaper": "could" belongs to the main clause again).
 */
final class RelativeClauses {

    private static final Set<String> JOINERS = Set.of("and", "or", "but");

    private RelativeClauses() {
    }

    static boolean[] mask(List<CoreLabel> tokens) {
        boolean[] relative = new boolean[tokens.size()];
        boolean inside = false;
        boolean verbSeen = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if (TokenKinds.isRelativePronoun(token)) {
                inside = true;
                verbSeen = false;
            } else if (TokenKinds.isClauseBreak(token)) {
                inside = false;
            } else if (inside && TokenKinds.isFiniteVerb(token)) {
                boolean joined = i > 0 && JOINERS.contains(TokenKinds.lower(tokens.get(i - 1)));
                boolean verbGroup = i > 0 && TokenKinds.isFiniteVerb(tokens.get(i - 1));
                if (verbSeen && !joined && !verbGroup) {
                    inside = false;
                }
                verbSeen = true;
            }
            relative[i] = inside;
        }
        return relative;
    }
}
